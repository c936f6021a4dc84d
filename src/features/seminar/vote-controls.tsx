import { useTranslation } from 'react-i18next';

import { totalVotes, votesFor, type RunAction, type RunState } from './run-engine';
import type { StageStep } from './stage';

/** How many in the room chose each option: buttons, a number field, and digit keys (1–9). */
export function VoteControls({
  step,
  run,
  dispatch,
}: {
  step: StageStep;
  run: RunState;
  dispatch: (a: RunAction) => void;
}) {
  const { t } = useTranslation('seminar');
  return (
    <fieldset className="vote-controls">
      <legend>{t('votesHeading', { count: totalVotes(run) })}</legend>
      {step.options.map((o, i) => {
        const id = `votes-${o.id}`;
        return (
          <div key={o.id} className="vote-row">
            <label htmlFor={id}>{t('optionNumber', { number: i + 1, text: o.label })}</label>
            <button
              type="button"
              className="button"
              aria-label={t('voteLess', { number: i + 1 })}
              onClick={() => dispatch({ type: 'vote', option: o.id, delta: -1 })}
            >
              {t('minus')}
            </button>
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={0}
              max={999}
              value={votesFor(run, o.id)}
              onChange={(e) =>
                dispatch({ type: 'set-votes', option: o.id, count: Number(e.target.value) || 0 })
              }
            />
            <button
              type="button"
              className="button"
              aria-label={t('voteMore', { number: i + 1 })}
              onClick={() => dispatch({ type: 'vote', option: o.id, delta: 1 })}
            >
              {t('plus')}
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}
