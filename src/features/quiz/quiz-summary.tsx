import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath, modulePath } from '@/content/course-path';
import type { ManifestModule, ModuleContent, QuizContent } from '@/content/types';
import type { QuizResult } from '@/stores/progress-record';

interface QuizSummaryProps {
  module: ManifestModule;
  content: ModuleContent;
  quiz: QuizContent;
  history: QuizResult[];
  onStart: () => void;
  /** True right after an attempt ends: the result takes focus. */
  focusResult: boolean;
}

/** Before an attempt: what the quiz is. After one: the result, what was missed, where to review. */
export function QuizSummary({
  module,
  content,
  quiz,
  history,
  onStart,
  focusResult,
}: QuizSummaryProps) {
  const { t } = useTranslation(['quiz', 'common']);
  const last = history.at(-1);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusResult) resultRef.current?.focus();
  }, [focusResult]);
  const passPercent = Math.round(quiz.passMark * 100);

  return (
    <>
      {last ? (
        <section
          className={`card result-card ${last.passed ? 'result-right' : 'result-wrong'}`}
          aria-labelledby="quiz-result"
        >
          <h2 id="quiz-result" tabIndex={-1} ref={resultRef}>
            {last.passed ? t('passedHeading') : t('notPassedHeading')}
          </h2>
          <p className="score">{t('score', { score: last.score, max: last.max })}</p>
          <p>{t('passMarkNote', { percent: passPercent })}</p>
          {last.missed.length > 0 ? (
            <>
              <h3>{t('missedHeading')}</h3>
              <ul className="missed-list">
                {last.missed.map((id) => {
                  const q = quiz.questions.find((x) => x.id === id);
                  const lesson = content.lessons.find((l) => l.id === q?.lesson);
                  if (!q) return null;
                  return (
                    <li key={id}>
                      <p>{q.prompt}</p>
                      {lesson ? (
                        <Link to={itemPath({ kind: 'lesson', moduleId: module.id, id: lesson.id })}>
                          {t('review', { title: lesson.title })}
                        </Link>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </section>
      ) : (
        <section className="card" aria-labelledby="quiz-intro">
          <h2 id="quiz-intro">{t('introHeading')}</h2>
          <p>{t('intro', { count: quiz.draw, percent: passPercent })}</p>
        </section>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onStart}>
          {last ? t('tryAgain') : t('start')}
        </button>
        <Link className="button" to={modulePath(module.id)}>
          {t('common:backToModule')}
        </Link>
      </div>
    </>
  );
}
