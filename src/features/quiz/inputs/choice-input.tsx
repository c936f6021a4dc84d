import { useTranslation } from 'react-i18next';

import type { InputProps } from './input-props';
import { ItemMark, markProps, useChoiceMarkLabel } from './item-mark';

/** Single choice, multiple response and true/false: radio buttons or checkboxes. */
export function ChoiceInput({
  question,
  order,
  value,
  onChange,
  results,
}: InputProps<'single' | 'multiple' | 'true-false'>) {
  const { t } = useTranslation('quiz');
  const markLabel = useChoiceMarkLabel();
  const multiple = question.type === 'multiple';
  const choices = order.map((id) =>
    question.type === 'true-false'
      ? {
          id,
          text: t(id as 'true' | 'false'),
          feedback: question.feedback[id as 'true' | 'false'],
          correct: String(question.answer) === id,
        }
      : (question.options.find((o) => o.id === id) as {
          id: string;
          text: string;
          feedback: string;
          correct: boolean;
        }),
  );
  const toggle = (id: string) =>
    onChange(
      multiple ? (value.includes(id) ? value.filter((x) => x !== id) : [...value, id]) : [id],
    );

  return (
    <>
      {multiple ? <p className="hint">{t('selectAll')}</p> : null}
      <ul className="choices">
        {choices.map((c) => {
          const chosen = value.includes(c.id);
          // A correct option is marked right whether chosen or not; a chosen wrong one, wrong.
          const mark = results ? (c.correct ? 'right' : chosen ? 'wrong' : 'none') : undefined;
          return (
            <li key={c.id} className="choice mark" {...markProps(mark, Boolean(results) && chosen)}>
              <label>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={question.id}
                  value={c.id}
                  checked={chosen}
                  disabled={Boolean(results)}
                  onChange={() => toggle(c.id)}
                />
                <span>{c.text}</span>
              </label>
              {mark ? (
                <p className="choice-feedback">
                  <ItemMark mark={mark} label={markLabel(c.correct, chosen, multiple)} />{' '}
                  {c.feedback}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
