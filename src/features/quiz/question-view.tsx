import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Question } from '@/content/types';
import { announce } from '@/ui/announcer';

import { choiceOrder, correctChoices, isCorrect } from './quiz-engine';

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

interface Choice {
  id: string;
  text: string;
  feedback: string;
}

function choicesOf(
  question: Question,
  seed: number,
  labels: { true: string; false: string },
): Choice[] {
  if (question.type === 'true-false')
    return (['true', 'false'] as const).map((id) => ({
      id,
      text: labels[id],
      feedback: question.feedback[id],
    }));
  const order = choiceOrder(question, seed);
  return order.map((id) => question.options.find((o) => o.id === id) as Choice);
}

/** One question: choose, check, read the feedback for every choice, go on. */
export function QuestionView({
  question,
  seed,
  number,
  total,
  answer,
  onCheck,
  onNext,
  nextLabel,
  focusOnShow,
}: QuestionViewProps) {
  const { t } = useTranslation(['quiz', 'common']);
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const legendId = useId();
  const checked = answer !== undefined;
  const multiple = question.type === 'multiple';
  const choices = choicesOf(question, seed, { true: t('true'), false: t('false') });
  const correctIds = correctChoices(question);
  const right = checked && isCorrect(question, answer);

  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    if (checked) resultRef.current?.focus();
  }, [checked]);

  const toggle = (id: string) => {
    setError(false);
    setSelected((s) =>
      multiple ? (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]) : [id],
    );
  };
  const check = () => {
    if (selected.length === 0) {
      setError(true);
      announce(t('chooseFirst'));
      return;
    }
    onCheck(selected);
    announce(isCorrect(question, selected) ? t('correct') : t('incorrect'));
  };
  const shown = checked ? answer : selected;

  return (
    <form className="question" onSubmit={(e) => e.preventDefault()} aria-labelledby={legendId}>
      <h2 className="question-number" tabIndex={-1} ref={headingRef}>
        {t('questionOf', { current: number, total })}
      </h2>
      <fieldset aria-describedby={multiple ? `${legendId}-hint` : undefined}>
        <legend id={legendId} className="question-prompt">
          {question.prompt}
        </legend>
        {multiple ? (
          <p id={`${legendId}-hint`} className="hint">
            {t('selectAll')}
          </p>
        ) : null}
        <ul className="choices">
          {choices.map((c) => {
            const isSelected = shown.includes(c.id);
            const isRight = correctIds.includes(c.id);
            const mark = checked
              ? isRight
                ? 'choice-right'
                : isSelected
                  ? 'choice-wrong'
                  : ''
              : '';
            return (
              <li key={c.id} className={`choice ${mark}`}>
                <label>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={question.id}
                    value={c.id}
                    checked={isSelected}
                    disabled={checked}
                    onChange={() => toggle(c.id)}
                  />
                  <span>{c.text}</span>
                </label>
                {checked ? (
                  <p className="choice-feedback">
                    <strong>
                      {isRight
                        ? t('markRight')
                        : isSelected
                          ? t('markWrongChosen')
                          : t('markWrong')}
                    </strong>{' '}
                    {c.feedback}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {error ? (
        <p className="form-error" role="alert">
          {t('chooseFirst')}
        </p>
      ) : null}
      {checked ? (
        <div className={`result-banner ${right ? 'result-right' : 'result-wrong'}`}>
          <h3 tabIndex={-1} ref={resultRef}>
            {right ? t('correct') : t('incorrect')}
          </h3>
          <button type="button" className="button button-primary" onClick={onNext}>
            {nextLabel}
          </button>
        </div>
      ) : (
        <button type="button" className="button button-primary" onClick={check}>
          {t('check')}
        </button>
      )}
    </form>
  );
}
