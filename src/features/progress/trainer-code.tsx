import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useCourseOutline, useCourseText } from '@/i18n/use-course-text';
import type { CodedResult } from '@/lib/result-code';
import { ASSESSMENT_KEY } from '@/stores/progress-record';
import { useProgressData } from '@/stores/progress-store';
import { ShowToTrainer } from '@/ui/result-code/show-to-trainer';

interface Taken {
  key: string;
  title: string;
  result: CodedResult;
}

/** The latest result of each quiz and scenario taken, in course order, with its name. */
function useTaken(): Taken[] {
  const { t } = useTranslation('progress');
  const progress = useProgressData();
  const text = useCourseText();
  const outline = useCourseOutline();
  const quizzes = Object.entries(progress.quizzes).flatMap(([key, e]) => {
    const last = e.history.at(-1);
    if (!last) return [];
    const title =
      key === ASSESSMENT_KEY ? t('trainerCode.assessment') : (text.modules[key]?.title ?? key);
    return [{ key, title, result: { kind: 'quiz', entry: { key, ...last } } } satisfies Taken];
  });
  const scenarios = Object.entries(progress.scenarios).flatMap(([key, e]) => {
    const last = e.history.at(-1);
    if (!last) return [];
    const [moduleId = '', id = ''] = key.split('/');
    const title = outline.modules[moduleId]?.scenarios[id] ?? key;
    return [{ key, title, result: { kind: 'scenario', entry: { key, ...last } } } satisfies Taken];
  });
  return [...quizzes, ...scenarios];
}

/** "Show a result to the trainer": pick one of the latest results, shown as a QR code. */
export function TrainerCode() {
  const { t } = useTranslation('progress');
  const taken = useTaken();
  const [chosen, setChosen] = useState<string>();
  const selectId = useId();
  if (taken.length === 0) return <p>{t('trainerCode.none')}</p>;
  const current = taken.find((x) => x.key === chosen) ?? (taken[0] as Taken);
  return (
    <>
      <p>{t('trainerCode.explain')}</p>
      <label htmlFor={selectId}>{t('trainerCode.which')}</label>
      <select id={selectId} value={current.key} onChange={(e) => setChosen(e.target.value)}>
        {taken.map((x) => (
          <option key={x.key} value={x.key}>
            {x.title}
          </option>
        ))}
      </select>
      <div className="actions">
        <ShowToTrainer
          label={t('trainerCode.show')}
          title={current.title}
          result={current.result}
        />
      </div>
    </>
  );
}
