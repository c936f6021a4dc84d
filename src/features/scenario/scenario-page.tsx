import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { runSeed } from '@/content/choice-order';
import { modulePath } from '@/content/course-path';
import { requireModule, useScenarioContent } from '@/content/loader';
import type { ManifestModule, ScenarioChunk } from '@/content/types';
import { useCourseOutline, useCourseText } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { NotFoundError } from '@/lib/not-found';
import { paths } from '@/lib/paths';
import { itemKey } from '@/stores/progress-record';
import { useProgressStore } from '@/stores/progress-store';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { ShowToTrainer } from '@/ui/result-code/show-to-trainer';
import { ScreenHeading } from '@/ui/screen-heading';

import { choicesOnScreen, finishedRun, replay } from '@/content/scenario-engine';
import { ScenarioDebrief } from './scenario-debrief';
import { SituationView } from './situation-view';

import '@/ui/blocks.css';
import './scenario.css';

export function ScenarioPage() {
  const { moduleId, scenarioId } = useParams();
  const module = requireModule(moduleId);
  const locale = useLocale();
  if (!scenarioId || !module.scenarios.some((s) => s.id === scenarioId))
    throw new NotFoundError(`${moduleId}/${scenarioId}`);
  const content = useScenarioContent(module.id, scenarioId, locale);
  // The titles and role names the debrief shows load with the screen, not when the case ends.
  useCourseOutline();
  return <ScenarioView key={scenarioId} module={module} content={content} />;
}

interface ScenarioViewProps {
  module: ManifestModule;
  content: ScenarioChunk;
}

function ScenarioView({ module, content }: ScenarioViewProps) {
  const { t } = useTranslation(['scenario', 'common']);
  const { scenario } = content;
  const moduleTitle = useCourseText().modules[module.id]?.title ?? module.id;
  const key = itemKey(module.id, scenario.id);
  const entry = useProgressStore((s) => s.scenarios[key]);
  const startScenario = useProgressStore((s) => s.startScenario);
  const choose = useProgressStore((s) => s.choose);
  const finishScenario = useProgressStore((s) => s.finishScenario);
  /** The choice just made, whose feedback is on screen until the learner goes on. */
  const [pending, setPending] = useState<string | null>(null);
  const focusTarget = useRef<HTMLHeadingElement>(null);
  const [focusSerial, setFocusSerial] = useState(0);

  useEffect(() => {
    if (focusSerial > 0) focusTarget.current?.focus();
  }, [focusSerial]);

  const run = entry?.run;
  const lastResult = entry?.history.at(-1);
  const taken = choicesOnScreen(run?.choices, pending !== null);
  const position = replay(scenario, taken);

  const begin = (choices: string[] = []) => {
    startScenario(module.id, scenario.id, choices);
    setPending(null);
    setFocusSerial((n) => n + 1);
  };
  /** The saved choices that still exist: after the case changed, the run goes on from there. */
  const kept = position.steps.map((s) => s.choice.id);
  const pick = (choiceId: string) => {
    const choices = [...kept, choiceId];
    if (!position.intact) startScenario(module.id, scenario.id, kept);
    choose(module.id, scenario.id, choiceId);
    // The result is recorded the moment the last choice is made, so a reload cannot lose it.
    const result = finishedRun(scenario, choices);
    if (result) finishScenario(module.id, scenario.id, result);
    setPending(choiceId);
    // "You chose" takes focus: that is the step's one announcement.
    setFocusSerial((n) => n + 1);
  };
  const goOn = () => {
    setPending(null);
    setFocusSerial((n) => n + 1);
  };

  return (
    <div className="scenario">
      <Breadcrumbs
        label={t('common:breadcrumbs')}
        crumbs={[
          { label: t('common:nav.course'), to: paths.home.href() },
          { label: moduleTitle, to: modulePath(module.id) },
          { label: scenario.title },
        ]}
      />
      <ScreenHeading title={scenario.title} site={t('common:appName')}>
        {scenario.title}
      </ScreenHeading>
      {run && !position.intact ? (
        <p className="block block-content-note" role="note">
          {t('cutShort', { number: position.steps.length + 1 })}
        </p>
      ) : null}
      {!run ? (
        <section className="card" aria-labelledby="scenario-intro">
          <h2 id="scenario-intro">{t('introHeading')}</h2>
          <p>{scenario.summary}</p>
          {scenario.contentNote ? (
            <div className="block block-content-note" role="note" aria-label={t('contentNote')}>
              <p className="block-label" aria-hidden="true">
                {t('contentNote')}
              </p>
              <p>{scenario.contentNote}</p>
            </div>
          ) : null}
          <p>{t('howItWorks')}</p>
          <button type="button" className="button button-primary" onClick={() => begin()}>
            {t('start')}
          </button>
        </section>
      ) : position.current.type === 'ending' && !pending ? (
        <ScenarioDebrief
          ending={position.current}
          position={position}
          indicatorNames={content.indicators}
          goodResponse={scenario.goodResponse}
          headingRef={focusTarget}
          onRestart={() => begin()}
          onReplayFrom={(step) => begin(taken.slice(0, step))}
          module={module}
          scenarioId={scenario.id}
          trainerCode={
            lastResult ? (
              <ShowToTrainer
                label={t('showToTrainer')}
                title={scenario.title}
                result={{ kind: 'scenario', entry: { key, ...lastResult } }}
              />
            ) : null
          }
        />
      ) : position.current.type === 'situation' ? (
        <SituationView
          node={position.current}
          step={position.steps.length + 1}
          seed={runSeed(scenario.id, run.startedAt)}
          pending={pending}
          headingRef={focusTarget}
          onChoose={pick}
          onContinue={goOn}
        />
      ) : null}
    </div>
  );
}
