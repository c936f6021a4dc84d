import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { announce } from '@/ui/announcer';

import type { InputProps } from './input-props';
import { ItemFeedback } from './item-feedback';
import { markProps } from './item-mark';

/** Ordering: steps move up and down with buttons — by keyboard, touch or mouse, no dragging. */
export function OrderingInput({ question, value, onChange, results }: InputProps<'ordering'>) {
  const { t } = useTranslation('quiz');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const refocus = useRef<string | null>(null);
  const text = (id: string) => question.steps.find((s) => s.id === id)?.text ?? id;

  useEffect(() => {
    if (!refocus.current) return;
    const target = buttons.current.get(refocus.current);
    refocus.current = null;
    target?.focus();
  });

  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    onChange(next);
    // Keep focus on the same button of the moved step; at either end, on the one still usable.
    const at = index + by;
    const direction = at === 0 ? 'down' : at === next.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
    refocus.current = `${item}:${direction}`;
    announce(t('moved', { item: text(item), position: at + 1, total: next.length }));
  };

  return (
    <>
      <p className="hint">{t('orderHint')}</p>
      <ol className="order-list">
        {value.map((id, index) => {
          const step = question.steps.find((s) => s.id === id);
          if (!step) return null;
          const result = results?.find((r) => r.id === id);
          const correctIndex = question.steps.findIndex((s) => s.id === id);
          return (
            <li
              key={id}
              className="order-step mark"
              {...markProps(result ? (result.right ? 'right' : 'wrong') : undefined)}
            >
              <span className="order-text">{step.text}</span>
              {results ? null : (
                <span className="order-buttons">
                  <button
                    type="button"
                    className="button button-small"
                    ref={(el) => void buttons.current.set(`${id}:up`, el)}
                    disabled={index === 0}
                    aria-label={t('moveUp', { item: step.text })}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    ref={(el) => void buttons.current.set(`${id}:down`, el)}
                    disabled={index === value.length - 1}
                    aria-label={t('moveDown', { item: step.text })}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                </span>
              )}
              {result ? (
                <ItemFeedback
                  right={result.right}
                  detail={result.right ? undefined : t('belongsAt', { position: correctIndex + 1 })}
                  text={step.feedback}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
