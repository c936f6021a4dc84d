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
  // An id the saved order names but the content no longer has is left out, never drawn broken.
  const choices = order.flatMap((id) => {
    if (question.type === 'true-false') {
      if (id !== 'true' && id !== 'false') return [];
      const correct = String(question.answer) === id;
      return [{ id, text: t(id), feedback: question.feedback[id], correct }];
    }
    const option = question.options.find((o) => o.id === id);
    return option ? [option] : [];
  });
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
