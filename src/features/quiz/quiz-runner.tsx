import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import type { Question } from '@/content/types';
import { useProgressStore } from '@/stores/progress-store';
import { ShowToTrainer } from '@/ui/result-code/show-to-trainer';

import { QuestionView } from './question-view';
import { drawQuestions, scoreAttempt } from './quiz-engine';
import { QuizSummary, type ReviewLink } from './quiz-summary';

export interface QuizRunnerProps {
  /** Where attempts are kept: a module id, or the final assessment's key. */
  storeKey: string;
  bank: Question[];
  draw: number;
  passMark: number;
  /** Extra chance for a question to be drawn (the learner's role); 1 = normal. */
  weight?: (question: Question) => number;
  /** The lesson that teaches a question, for "review" links after a result. */
  reviewLink: (question: Question) => ReviewLink | undefined;
  backLink: ReviewLink;
  kind: 'module' | 'assessment';
  /** What the learner took, in their language (named in the result code's description). */
  title: string;
}

/**
 * A quiz attempt from start to result: draws questions, shows them one at a time, saves every
 * checked answer (so a reload resumes), scores the attempt and keeps it in the history.
 */
export function QuizRunner({
  storeKey,
  bank,
  draw,
  passMark,
  weight,
  reviewLink,
  backLink,
  kind,
  title,
}: QuizRunnerProps) {
  const { t } = useTranslation(['quiz', 'common']);
  const entry = useProgressStore((s) => s.quizzes[storeKey]);
  const startQuiz = useProgressStore((s) => s.startQuiz);
  const answerQuestion = useProgressStore((s) => s.answerQuestion);
  const finishQuiz = useProgressStore((s) => s.finishQuiz);
  // The question whose feedback is on screen is also kept in the history entry, so a reload right
  // after checking shows the same feedback again instead of jumping to the next question.
  const location = useLocation();
  const navigate = useNavigate();
  const [viewing, setViewingNow] = useState<string | null>(
    () => (location.state as { viewing?: string } | null)?.viewing ?? null,
  );
  const setViewing = (id: string | null) => {
    setViewingNow(id);
    void navigate(location, { replace: true, state: id ? { viewing: id } : null });
  };
  const [finished, setFinished] = useState(false);
  /** Once the learner has acted, each new question takes focus (not on arrival at the page). */
  const [acted, setActed] = useState(false);
  const attempt = entry?.attempt;

  const start = () => {
    const seed = Math.floor(Math.random() * 2 ** 31);
    startQuiz(
      storeKey,
      seed,
      drawQuestions(bank, draw, seed, (q) => weight?.(q) ?? 1),
    );
    setActed(true);
    setViewing(null);
    setFinished(false);
  };

  // Questions removed from the bank since the attempt began are skipped, never shown broken.
  const questions = (attempt?.questionIds ?? [])
    .map((id) => bank.find((q) => q.id === id))
    .filter((q): q is Question => q !== undefined);
  const current =
    questions.find((q) => q.id === viewing) ?? questions.find((q) => !attempt?.answers[q.id]);

  const finish = () => {
    if (!attempt) return;
    const result = scoreAttempt(questions, attempt.answers, passMark);
    finishQuiz(storeKey, result);
    setViewing(null);
    // The result heading takes focus; that is its one announcement.
    setFinished(true);
  };
  const next = () => {
    setActed(true);
    const remaining = questions.filter((q) => !attempt?.answers[q.id] && q.id !== viewing);
    if (remaining.length === 0) finish();
    else setViewing(null);
  };

  if (attempt && current) {
    const number = questions.indexOf(current) + 1;
    return (
      <QuestionView
        key={current.id}
        question={current}
        seed={attempt.seed}
        number={number}
        total={questions.length}
        answer={attempt.answers[current.id]}
        onCheck={(answer) => {
          setViewing(current.id);
          answerQuestion(storeKey, current.id, answer);
        }}
        onNext={next}
        nextLabel={number === questions.length ? t('seeResult') : t('next')}
        focusOnShow={acted}
      />
    );
  }
  if (attempt)
    return (
      <button type="button" className="button button-primary" onClick={finish}>
        {t('seeResult')}
      </button>
    );
  const last = entry?.history.at(-1);
  return (
    <QuizSummary
      bank={bank}
      draw={Math.min(draw, bank.length)}
      passMark={passMark}
      history={entry?.history ?? []}
      onStart={start}
      focusResult={finished}
      reviewLink={reviewLink}
      backLink={backLink}
      kind={kind}
      trainerCode={
        last ? (
          <ShowToTrainer
            label={t('showToTrainer')}
            title={title}
            result={{ kind: 'quiz', entry: { key: storeKey, ...last } }}
          />
        ) : null
      }
    />
  );
}
