import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

import type { ManifestModule, ScenarioContent, ScenarioNode } from '@/content/types';
import { useCourseOutline } from '@/i18n/use-course-text';
import { useSettingsStore } from '@/stores/settings-store';
import { NextStepLinks } from '@/ui/next-step-links';
import { Paragraphs } from '@/ui/paragraphs';

import type { ScenarioPosition } from '@/content/scenario-engine';

interface ScenarioDebriefProps {
  ending: Extract<ScenarioNode, { type: 'ending' }>;
  position: ScenarioPosition;
  indicatorNames: Record<string, string>;
  goodResponse: ScenarioContent['goodResponse'];
  headingRef: Ref<HTMLHeadingElement>;
  onRestart: () => void;
  onReplayFrom: (step: number) => void;
  module: ManifestModule;
  scenarioId: string;
  /** "Show to the trainer" for this result (the page knows the saved record). */
  trainerCode?: ReactNode;
}

/** The end of a case: how it turned out, why, the path taken and the indicators recognised. */
export function ScenarioDebrief(props: ScenarioDebriefProps) {
  const {
    ending,
    position,
    indicatorNames,
    goodResponse,
    headingRef,
    onRestart,
    onReplayFrom,
    module,
    scenarioId,
    trainerCode,
  } = props;
  const { t } = useTranslation(['scenario', 'common']);
  const text = useCourseOutline();
  const role = useSettingsStore((s) => s.role);
  const missed = position.met.filter((id) => !position.indicators.includes(id));
  const roleNote = role ? goodResponse.byRole[role] : undefined;
  return (
    <section className={`debrief rating-${ending.rating}`} aria-labelledby="ending-heading">
      <h2 id="ending-heading" tabIndex={-1} ref={headingRef}>
        {t(`rating.${ending.rating}`)}
      </h2>
      <Paragraphs className="narration" text={ending.narration} />
      <div className="card">
        <h3>{t('debriefHeading')}</h3>
        <Paragraphs text={ending.debrief} />
      </div>
      <p className="score">{t('score', { score: position.score, max: position.maxScore })}</p>
      <h3>{t('indicatorsHeading')}</h3>
      {position.indicators.length > 0 ? (
        <ul className="tags">
          {position.indicators.map((id) => (
            <li key={id}>{indicatorNames[id] ?? id}</li>
          ))}
        </ul>
      ) : (
        <p>{t('noIndicators')}</p>
      )}
      {missed.length > 0 ? (
        <>
          <h3>{t('missedIndicatorsHeading')}</h3>
          <ul className="tags tags-missed">
            {missed.map((id) => (
              <li key={id}>{indicatorNames[id] ?? id}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="card">
        <h3>{t('goodResponseHeading')}</h3>
        <Paragraphs text={goodResponse.text} />
        {roleNote && role ? (
          <>
            <h4>{t('forYourRole', { role: text.roles[role] ?? role })}</h4>
            <Paragraphs text={roleNote} />
          </>
        ) : null}
      </div>
      <h3>{t('pathHeading')}</h3>
      <ol className="path">
        {position.steps.map((s, i) => (
          <li key={s.node.id}>
            <p>
              <strong>{t('decision', { number: i + 1 })}:</strong> {s.choice.text}
            </p>
            <Paragraphs className="meta" text={s.choice.feedback} />
            <button type="button" className="button button-small" onClick={() => onReplayFrom(i)}>
              {t('replayFrom', { number: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <NextStepLinks
        module={module}
        current={{ kind: 'scenario', moduleId: module.id, id: scenarioId }}
      >
        <button type="button" className="button" onClick={onRestart}>
          {t('restart')}
        </button>
        {trainerCode}
      </NextStepLinks>
    </section>
  );
}
