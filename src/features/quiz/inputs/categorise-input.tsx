import { useTranslation } from 'react-i18next';

import { pairsOf, setPair } from '../question-scoring';
import type { InputProps } from './input-props';
import { ItemFeedback } from './item-feedback';
import { markProps } from './item-mark';

/** Categorise: each card is sorted into one group with a set of radio buttons. */
export function CategoriseInput({
  question,
  order,
  value,
  onChange,
  results,
}: InputProps<'categorise'>) {
  const { t } = useTranslation('quiz');
  const given = pairsOf(value);
  const place = (cardId: string, categoryId: string) =>
    onChange(setPair(value, cardId, categoryId));
  const categoryName = (id: string) => question.categories.find((c) => c.id === id)?.name ?? id;

  return (
    <ul className="card-list">
      {order.map((cardId) => {
        const card = question.cards.find((c) => c.id === cardId);
        if (!card) return null;
        const result = results?.find((r) => r.id === card.id);
        return (
          <li
            key={card.id}
            className="sort-card mark"
            {...markProps(result ? (result.right ? 'right' : 'wrong') : undefined)}
          >
            <fieldset>
              <legend>{card.text}</legend>
              <div className="category-options">
                {question.categories.map((category) => (
                  <label
                    key={category.id}
                    className="category-option"
                    data-chosen={results && given.get(card.id) === category.id ? 'true' : undefined}
                  >
                    <input
                      type="radio"
                      name={`${question.id}-${card.id}`}
                      value={category.id}
                      checked={given.get(card.id) === category.id}
                      disabled={Boolean(results)}
                      onChange={() => place(card.id, category.id)}
                    />
                    <span>{category.name}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {result ? (
              <ItemFeedback
                right={result.right}
                given={categoryName(given.get(card.id) ?? '')}
                detail={
                  result.right
                    ? undefined
                    : t('belongsIn', { category: categoryName(card.category) })
                }
                text={card.feedback}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
