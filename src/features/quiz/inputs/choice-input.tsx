import { useTranslation } from 'react-i18next';

import type { InputProps } from './input-props';

/** Single choice, multiple response and true/false: radio buttons or checkboxes. */
export function ChoiceInput({
  question,
  order,
  value,
  onChange,
  results,
}: InputProps<'single' | 'multiple' | 'true-false'>) {
  const { t } = useTranslation('quiz');
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
          const mark = results ? (c.correct ? 'choice-right' : chosen ? 'choice-wrong' : '') : '';
          return (
            <li key={c.id} className={`choice ${mark}`}>
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
              {results ? (
                <p className="choice-feedback">
                  <strong>
                    {c.correct ? t('markRight') : chosen ? t('markWrongChosen') : t('markWrong')}
                  </strong>{' '}
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
