import { useTranslation } from 'react-i18next';

import { orderedChoices } from '@/content/choice-order';
import type { ScenarioContent, ScenarioNode } from '@/content/types';
import { replay } from '@/content/scenario-engine';
import { hash } from '@/lib/seeded';
import { Paragraphs } from '@/ui/paragraphs';

import { decision, totalVotes, votesFor, type RunState } from './run-engine';
import { VoteMeter } from './vote-meter';

type Situation = Extract<ScenarioNode, { type: 'situation' }>;

/**
 * The choices in the order the room sees them (and numbers them): the same in both windows, and
 * a new order for each place the case has in the plan.
 */
export function choiceOrder(run: RunState, node: Situation) {
  return orderedChoices(node, hash(`seminar/${run.item}`));
}

interface ScenarioStageProps {
  scenario: ScenarioContent;
  run: RunState;
  indicatorNames: Record<string, string>;
  /** The trainer's screen sees the ratings of the choices; the room never does before the reveal. */
  audience: 'room' | 'trainer';
}

/** A scenario as the room sees it: the case, the dialogue and the choices; after the reveal, what followed. */
export function ScenarioStage({ scenario, run, indicatorNames, audience }: ScenarioStageProps) {
  const { t } = useTranslation('seminar');
  const position = replay(scenario, run.path);
  const node = position.current;

  if (node.type === 'ending') {
    const missed = position.met.filter((id) => !position.indicators.includes(id));
    return (
      <section className="stage-scenario" aria-labelledby="stage-heading">
        <h2 id="stage-heading">{t(`rating.${node.rating}`)}</h2>
        <Paragraphs text={node.narration} />
        <h3>{t('debrief')}</h3>
        <Paragraphs text={node.debrief} />
        <IndicatorList heading={t('recognised')} ids={position.indicators} names={indicatorNames} />
        {missed.length > 0 ? (
          <IndicatorList heading={t('missed')} ids={missed} names={indicatorNames} />
        ) : null}
        {scenario.discussion.length > 0 ? (
          <>
            <h3>{t('discussion')}</h3>
            <ul>
              {scenario.discussion.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    );
  }

  const revealed = run.phase === 'revealed';
  const choices = choiceOrder(run, node);
  const chosen = decision(run);
  const total = totalVotes(run);
  const taken = node.choices.find((c) => c.id === chosen);
  return (
    <section className="stage-scenario" aria-labelledby="stage-heading">
      <h2 id="stage-heading">{t('decision', { number: position.steps.length + 1 })}</h2>
      <div className="stage-split">
        <div className="stage-case">
          <Paragraphs text={node.narration} />
          {node.dialogue.length > 0 ? (
            <div className="dialogue">
              {node.dialogue.map((line, i) => (
                <p key={i}>
                  <strong>{t('speaker', { name: line.speaker })}</strong> <q>{line.text}</q>
                </p>
              ))}
            </div>
          ) : null}
        </div>
        <div className="stage-choices">
          <ol className="stage-options">
            {choices.map((c) => (
              <li key={c.id} className={revealed && c.id === chosen ? 'is-chosen' : undefined}>
                <span className="option-text">{c.text}</span>
                {audience === 'trainer' ? (
                  <span className="option-note">{t('choiceScore', { score: c.score })}</span>
                ) : null}
                {revealed ? <VoteMeter votes={votesFor(run, c.id)} total={total} /> : null}
                {revealed && c.id === chosen ? (
                  <strong className="option-verdict">
                    {run.override ? t('trainerChose') : t('roomChose')}
                  </strong>
                ) : null}
              </li>
            ))}
          </ol>
          {revealed && taken ? (
            <div className="stage-reveal">
              <h3>{t('whatFollowed')}</h3>
              <Paragraphs text={taken.feedback} />
              <IndicatorList
                heading={t('indicatorsHere')}
                ids={taken.indicators}
                names={indicatorNames}
              />
            </div>
          ) : null}
          {revealed && !taken ? <p className="stage-tie">{t('tie')}</p> : null}
        </div>
      </div>
    </section>
  );
}

function IndicatorList({
  heading,
  ids,
  names,
}: {
  heading: string;
  ids: string[];
  names: Record<string, string>;
}) {
  const { t } = useTranslation('seminar');
  return (
    <>
      <h3>{heading}</h3>
      {ids.length > 0 ? (
        <ul className="tags">
          {ids.map((id) => (
            <li key={id}>{Object.hasOwn(names, id) ? names[id] : id}</li>
          ))}
        </ul>
      ) : (
        <p>{t('noIndicators')}</p>
      )}
    </>
  );
}
