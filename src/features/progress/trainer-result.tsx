import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '@/lib/download';
import { resultFileText } from '@/lib/result-file';
import { useProgressData } from '@/stores/progress-store';

import { randomId, resultForTrainer } from './result-for-trainer';

/** "Save a result file for the trainer": no name in it unless the learner types initials. */
export function TrainerResult() {
  const { t } = useTranslation('progress');
  const progress = useProgressData();
  const [initials, setInitials] = useState('');
  const [saved, setSaved] = useState(false);
  const inputId = useId();
  const save = () => {
    const file = resultForTrainer(progress, { id: randomId(), now: new Date(), initials });
    downloadText(
      `qorgau-result-${new Date().toISOString().slice(0, 10)}.json`,
      resultFileText(file),
    );
    setSaved(true);
  };
  return (
    <>
      <p>{t('trainerResult.explain')}</p>
      <label htmlFor={inputId}>{t('trainerResult.initials')}</label>
      <input
        id={inputId}
        type="text"
        maxLength={10}
        autoComplete="off"
        value={initials}
        onChange={(e) => setInitials(e.target.value)}
      />
      <div className="actions">
        <button type="button" className="button" onClick={save}>
          {t('trainerResult.save')}
        </button>
      </div>
      {saved ? (
        <p className="done-note" role="status">
          {t('trainerResult.saved')}
        </p>
      ) : null}
    </>
  );
}
