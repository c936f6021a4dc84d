import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Question } from '@/content/types';
import type { QuizResult } from '@/stores/progress-record';

export interface ReviewLink {
  to: string;
  title: string;
}

interface QuizSummaryProps {
  bank: Question[];
  draw: number;
  passMark: number;
  history: QuizResult[];
  onStart: () => void;
  /** True right after an attempt ends: the result takes focus. */
  focusResult: boolean;
  reviewLink: (question: Question) => ReviewLink | undefined;
  backLink: ReviewLink;
  /** The module quiz draws from its module's bank; the final assessment from every module's. */
  kind: 'module' | 'assessment';
  /** "Show to the trainer" for the latest result (the runner knows what it is). */
  trainerCode?: ReactNode;
}

/** Before an attempt: what the quiz is. After one: the result, what was missed, where to review. */
export function QuizSummary(props: QuizSummaryProps) {
  const { bank, draw, passMark, history, onStart, focusResult, reviewLink, backLink, kind } = props;
  const { trainerCode } = props;
  const { t } = useTranslation('quiz');
  const last = history.at(-1);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusResult) resultRef.current?.focus();
  }, [focusResult]);
  const passPercent = Math.round(passMark * 100);

  const actions = (
    <div className="actions">
      <button type="button" className="button button-primary" onClick={onStart}>
        {last ? t('tryAgain') : t('start')}
      </button>
      <Link className="button" to={backLink.to}>
        {backLink.title}
      </Link>
    </div>
  );

  if (!last)
    return (
      <>
        <section className="card" aria-labelledby="quiz-intro">
          <h2 id="quiz-intro">{t('introHeading')}</h2>
          <p>
            {t(kind === 'assessment' ? 'assessmentIntro' : 'intro', {
              count: draw,
              percent: passPercent,
            })}
          </p>
        </section>
        {actions}
      </>
    );

  // The result and what to do next come first; the questions to look at again are folded below,
  // so on a phone "Try again" is not thousands of pixels down.
  return (
    <>
      <section
        className={`card result-card ${last.passed ? 'result-right' : 'result-wrong'}`}
        aria-labelledby="quiz-result"
      >
        <h2 id="quiz-result" tabIndex={-1} ref={resultRef}>
          {last.passed ? t('passedHeading') : t('notPassedHeading')}
        </h2>
        <p className="score">{t('score', { score: last.score, max: last.max })}</p>
        <p>{t('passMarkNote', { percent: passPercent })}</p>
        {history.length > 1 ? (
          <p className="meta">{t('attempts', { count: history.length })}</p>
        ) : null}
      </section>
      {actions}
      {trainerCode ? <div className="actions">{trainerCode}</div> : null}
      {last.missed.length > 0 ? (
        <details className="missed">
          <summary>{t('missedSummary', { count: last.missed.length })}</summary>
          <ul className="missed-list">
            {last.missed.map((id) => {
              const q = bank.find((x) => x.id === id);
              if (!q) return null;
              const review = reviewLink(q);
              return (
                <li key={id}>
                  <p>{q.prompt}</p>
                  {review ? (
                    <Link to={review.to}>{t('review', { title: review.title })}</Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </>
  );
}
