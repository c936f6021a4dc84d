import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { loadModuleContent, manifest } from '@/content/loader';
import type { Locale } from '@/content/locales';
import type { ModuleContent } from '@/content/types';
import { useLocale } from '@/i18n/use-locale';
import { downloadText } from '@/lib/download';
import { ScreenHeading } from '@/ui/screen-heading';

import { emptyGroup, FileGroup, type Group } from './file-group';
import { gains, groupCsv, groupFigures } from './group-results';
import { GainTable, ShareTable } from './result-tables';

import './seminar.css';

const everyModule = new Map<Locale, Promise<ModuleContent[]>>();
const allContent = (locale: Locale) => {
  let p = everyModule.get(locale);
  if (!p) {
    p = Promise.all(
      manifest.modules
        .filter((m) => m.status === 'ready')
        .map((m) => loadModuleContent(m.id, locale)),
    );
    everyModule.set(locale, p);
  }
  return p;
};

/** Names for the ids in the figures, in the trainer's language. */
function useNames(locale: Locale) {
  const { t } = useTranslation('seminar');
  const modules = use(allContent(locale));
  const questions = new Map<string, string>();
  const indicators = new Map<string, string>();
  const quizzes = new Map<string, string>([['@assessment', t('assessment')]]);
  for (const m of modules) {
    quizzes.set(m.id, m.title);
    for (const q of m.quiz?.questions ?? []) questions.set(q.id, q.prompt);
    for (const [id, name] of Object.entries(m.indicators)) indicators.set(id, name);
  }
  return (section: 'questions' | 'indicators' | 'quizzes', id: string) => {
    // `quiz/question`, or `@assessment/module/question`: the question id is the last part.
    if (section === 'questions') return questions.get(id.slice(id.lastIndexOf('/') + 1)) ?? id;
    return (section === 'indicators' ? indicators : quizzes).get(id) ?? id;
  };
}

/** `#/seminar/results`: the room's results from the files participants saved, and the gain since the first morning. */
export function ResultsPage() {
  const { t } = useTranslation(['seminar', 'common']);
  const locale = useLocale();
  const name = useNames(locale);
  const [before, setBefore] = useState<Group>(emptyGroup);
  const [after, setAfter] = useState<Group>(emptyGroup);
  const main = after.files.length > 0 ? after : before;
  const figures = groupFigures(main.files);
  const first = groupFigures(before.files);
  const both = before.files.length > 0 && after.files.length > 0;

  const csv = () =>
    downloadText(
      'qorgau-group-results.csv',
      groupCsv(
        figures,
        {
          section: {
            questions: t('csv.question'),
            indicators: t('csv.indicator'),
            quizzes: t('csv.quiz'),
          },
          headings: [
            t('csv.section'),
            t('csv.name'),
            t('csv.count'),
            t('csv.right'),
            t('csv.percent'),
          ],
        },
        name,
      ),
      'text/csv',
    );

  return (
    <div className="seminar-results">
      <ScreenHeading title={t('resultsTitle')} site={t('common:appName')}>
        {t('resultsTitle')}
      </ScreenHeading>
      <p>{t('resultsIntro')}</p>
      <p>{t('codesIntro')}</p>
      <p className="note">{t('selfReported')}</p>
      <div className="results-load no-print">
        <FileGroup label={t('before')} group={before} setGroup={setBefore} />
        <FileGroup label={t('after')} group={after} setGroup={setAfter} />
      </div>
      {main.files.length > 0 ? (
        <>
          {/* Not a live region: each load and each scanned code announces itself once. */}
          <p>{t('participants', { count: main.files.length })}</p>
          {both ? (
            <>
              <GainTable
                heading={t('gainIndicators')}
                rows={gains(first.indicators, figures.indicators)}
                name={(id) => name('indicators', id)}
              />
              <GainTable
                heading={t('gainModules')}
                rows={gains(first.quizzes, figures.quizzes)}
                name={(id) => name('quizzes', id)}
              />
            </>
          ) : null}
          <ShareTable
            heading={t('hardestQuestions')}
            rows={figures.questions}
            name={(id) => name('questions', id)}
          />
          <ShareTable
            heading={t('hardestIndicators')}
            rows={figures.indicators}
            name={(id) => name('indicators', id)}
          />
          <ShareTable
            heading={t('quizScores')}
            rows={figures.quizzes}
            name={(id) => name('quizzes', id)}
          />
          <div className="actions no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('printResults')}
            </button>
            <button type="button" className="button" onClick={csv}>
              {t('downloadCsv')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
