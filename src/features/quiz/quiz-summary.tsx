import { useEffect, useRef } from 'react';
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
}

/** Before an attempt: what the quiz is. After one: the result, what was missed, where to review. */
export function QuizSummary(props: QuizSummaryProps) {
  const { bank, draw, passMark, history, onStart, focusResult, reviewLink, backLink } = props;
  const { t } = useTranslation('quiz');
  const last = history.at(-1);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusResult) resultRef.current?.focus();
  }, [focusResult]);
  const passPercent = Math.round(passMark * 100);

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
          {history.length > 1 ? (
            <p className="meta">{t('attempts', { count: history.length })}</p>
          ) : null}
          {last.missed.length > 0 ? (
            <>
              <h3>{t('missedHeading')}</h3>
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
            </>
          ) : null}
        </section>
      ) : (
        <section className="card" aria-labelledby="quiz-intro">
          <h2 id="quiz-intro">{t('introHeading')}</h2>
          <p>{t('intro', { count: draw, percent: passPercent })}</p>
        </section>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onStart}>
          {last ? t('tryAgain') : t('start')}
        </button>
        <Link className="button" to={backLink.to}>
          {backLink.title}
        </Link>
      </div>
    </>
  );
}
