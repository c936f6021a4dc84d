import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { orderedChoices } from '@/content/choice-order';
import type { ScenarioNode } from '@/content/types';
import { Paragraphs } from '@/ui/paragraphs';

interface SituationViewProps {
  node: Extract<ScenarioNode, { type: 'situation' }>;
  step: number;
  /** The run's seed: the choices keep one order for the whole run, reloads included. */
  seed: number;
  /** The choice just made, if its feedback is showing. */
  pending: string | null;
  headingRef: Ref<HTMLHeadingElement>;
  onChoose: (choiceId: string) => void;
  onContinue: () => void;
}

/** One decision point: what is happening, who says what, and what you could do. */
export function SituationView({
  node,
  step,
  seed,
  pending,
  headingRef,
  onChoose,
  onContinue,
}: SituationViewProps) {
  const { t } = useTranslation(['scenario', 'common']);
  const chosen = node.choices.find((c) => c.id === pending);
  return (
    <section className="situation" aria-labelledby="situation-heading">
      <h2 id="situation-heading" tabIndex={-1} ref={chosen ? undefined : headingRef}>
        {t('decision', { number: step })}
      </h2>
      <Paragraphs className="narration" text={node.narration} />
      {node.dialogue.length > 0 ? (
        <div className="dialogue">
          {node.dialogue.map((line, i) => (
            <p key={i} className="line">
              <strong className="speaker">{t('speaker', { name: line.speaker })}</strong>{' '}
              <q>{line.text}</q>
            </p>
          ))}
        </div>
      ) : null}
      {chosen ? (
        <div className="card feedback-card">
          <h3 tabIndex={-1} ref={headingRef}>
            {t('youChose')}
          </h3>
          <p className="chosen">{chosen.text}</p>
          <Paragraphs text={chosen.feedback} />
          <button type="button" className="button button-primary" onClick={onContinue}>
            {t('continue')}
          </button>
        </div>
      ) : (
        <>
          <h3 id="choices-heading">{t('whatDoYouDo')}</h3>
          <ul className="scenario-choices" aria-labelledby="choices-heading">
            {orderedChoices(node, seed).map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="button choice-button"
                  onClick={() => onChoose(c.id)}
                >
                  {c.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
