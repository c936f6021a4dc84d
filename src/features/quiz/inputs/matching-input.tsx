import { useTranslation } from 'react-i18next';

import { pairsOf, setPair } from '../question-scoring';
import type { InputProps } from './input-props';
import { ItemFeedback } from './item-feedback';
import { markProps } from './item-mark';

/** Matching: each item gets its partner from a list — no dragging needed. */
export function MatchingInput({
  question,
  order,
  value,
  onChange,
  results,
}: InputProps<'matching'>) {
  const { t } = useTranslation('quiz');
  const given = pairsOf(value);
  const partner = (id: string) => question.pairs.find((p) => p.id === id)?.match ?? '';
  const set = (itemId: string, partnerId: string) => onChange(setPair(value, itemId, partnerId));

  const listId = `${question.id}-partners`;
  return (
    <>
      {/* The partners in view as well as inside each list box, so they can be read side by side. */}
      <div className="match-partners">
        <h3 id={listId}>{t('partnersHeading')}</h3>
        <ul aria-labelledby={listId}>
          {order.map((id) => (
            <li key={id}>{partner(id)}</li>
          ))}
        </ul>
      </div>
      <ul className="match-list">
        {question.pairs.map((pair, i) => {
          const result = results?.find((r) => r.id === pair.id);
          return (
            <li
              key={pair.id}
              className="match mark"
              {...markProps(result ? (result.right ? 'right' : 'wrong') : undefined)}
            >
              <label htmlFor={`${question.id}-${pair.id}`} className="match-item">
                {pair.item}
              </label>
              <select
                id={`${question.id}-${pair.id}`}
                value={given.get(pair.id) ?? ''}
                disabled={Boolean(results)}
                onChange={(e) => set(pair.id, e.target.value)}
              >
                <option value="">{t('choosePartner', { number: i + 1 })}</option>
                {order.map((id) => (
                  <option key={id} value={id}>
                    {partner(id)}
                  </option>
                ))}
              </select>
              {result ? (
                <ItemFeedback
                  right={result.right}
                  given={partner(given.get(pair.id) ?? '')}
                  detail={result.right ? undefined : t('correctMatch', { match: pair.match })}
                  text={pair.feedback}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
