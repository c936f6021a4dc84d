import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Question } from '@/content/types';

import { CategoriseInput } from './inputs/categorise-input';
import { ChoiceInput } from './inputs/choice-input';
import type { InputProps } from './inputs/input-props';
import { MatchingInput } from './inputs/matching-input';
import { OrderingInput } from './inputs/ordering-input';
import { SpotInput } from './inputs/spot-input';
import { isAnswerReady, isCorrect, itemResults } from './question-scoring';
import { displayOrder } from './quiz-engine';

interface QuestionViewProps {
  question: Question;
  seed: number;
  number: number;
  total: number;
  /** The checked answer, once there is one. */
  answer: string[] | undefined;
  onCheck: (answer: string[]) => void;
  onNext: () => void;
  nextLabel: string;
  /** Move focus to this question when it appears (after the learner went on from the last one). */
  focusOnShow: boolean;
}

function QuestionInput(props: InputProps<Question['type']>) {
  const q = props.question;
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return <ChoiceInput {...props} question={q} />;
    case 'matching':
      return <MatchingInput {...props} question={q} />;
    case 'ordering':
      return <OrderingInput {...props} question={q} />;
    case 'categorise':
      return <CategoriseInput {...props} question={q} />;
    case 'spot':
      return <SpotInput {...props} question={q} />;
  }
}

/** One question of any type: answer, check, read the feedback for every item, go on. */
export function QuestionView(props: QuestionViewProps) {
  const { question, seed, number, total, answer, onCheck, onNext, nextLabel, focusOnShow } = props;
  const { t } = useTranslation('quiz');
  const order = displayOrder(question, seed);
  // An ordering question starts as shown: the learner's answer is the shuffled order until moved.
  const [value, setValue] = useState<string[]>(() => (question.type === 'ordering' ? order : []));
  /** Bumped on each refused check, so the alert is a new element and is read out again. */
  const [error, setError] = useState(0);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const legendId = useId();
  const checked = answer !== undefined;
  const right = checked && isCorrect(question, answer);

  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    if (checked) resultRef.current?.focus();
  }, [checked]);

  const check = () => {
    // The alert below (or the verdict taking focus) is the one announcement; no live message too.
    if (!isAnswerReady(question, value)) {
      setError((n) => n + 1);
      return;
    }
    onCheck(value);
  };

  return (
    <form
      className={`question question-${question.type}`}
      onSubmit={(e) => e.preventDefault()}
      aria-labelledby={legendId}
    >
      <h2 className="question-number" tabIndex={-1} ref={headingRef}>
        {t('questionOf', { current: number, total })}
      </h2>
      {/* After checking: the short verdict first (it takes focus), then the prompt with every
          item's explanation, then "Next" — the same order on screen and for a screen reader. */}
      {checked ? (
        <div className={`result-banner ${right ? 'result-right' : 'result-wrong'}`}>
          {/* The icon comes from the stylesheet, so the heading's text is the verdict alone. */}
          <h3 tabIndex={-1} ref={resultRef}>
            {right ? t('correct') : t('incorrect')}
          </h3>
          <p>{t('verdictDetail')}</p>
        </div>
      ) : null}
      <fieldset>
        <legend id={legendId} className="question-prompt">
          {question.prompt}
        </legend>
        <QuestionInput
          question={question}
          order={order}
          value={checked ? answer : value}
          onChange={(v) => {
            setError(0);
            setValue(v);
          }}
          {...(checked ? { results: itemResults(question, answer) } : {})}
        />
      </fieldset>
      {error > 0 ? (
        <p key={error} className="form-error" role="alert">
          {t(
            question.type === 'matching' || question.type === 'categorise'
              ? 'placeAll'
              : 'chooseFirst',
          )}
        </p>
      ) : null}
      {checked ? (
        <button type="button" className="button button-primary" onClick={onNext}>
          {nextLabel}
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={check}>
          {t('check')}
        </button>
      )}
    </form>
  );
}
