import { useTranslation } from 'react-i18next';

import { pairsOf, setPair } from '../question-scoring';
import type { InputProps } from './input-props';
import { ItemFeedback } from './item-feedback';

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

  return (
    <ul className="match-list">
      {question.pairs.map((pair, i) => {
        const result = results?.find((r) => r.id === pair.id);
        return (
          <li
            key={pair.id}
            className={`match ${result ? (result.right ? 'item-right' : 'item-wrong') : ''}`}
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
                detail={result.right ? undefined : t('correctMatch', { match: pair.match })}
                text={pair.feedback}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
