import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLocale } from '@/i18n/use-locale';
import type { PlanItem } from '@/stores/seminar-store';
import { Loading } from '@/ui/loading';
import { ScreenHeading } from '@/ui/screen-heading';

import { switchSeminarLocale, useStepFocus } from './projector-page';
import { decision, type RunAction, type RunState } from './run-engine';
import { ShortcutHelp } from './shortcut-help';
import { Stage, useStageStep, type StageStep } from './stage';
import { TeamsPanel } from './teams-panel';
import { Timer } from './timer';
import { useSeminar, useWindowLink } from './use-seminar';
import { useSeminarKeys } from './use-seminar-keys';
import { VoteControls } from './vote-controls';

import './seminar.css';

/** The trainer's window: notes, votes, reveal, timer, teams and what comes next. */
export function PresenterPage() {
  const { t } = useTranslation(['seminar', 'common']);
  const locale = useLocale();
  useWindowLink(locale, switchSeminarLocale);
  const { items, item, run, dispatch } = useSeminar();
  const [help, setHelp] = useState(false);
  return (
    <div className="presenter">
      <ScreenHeading title={t('presenterTitle')} site={t('common:appName')}>
        {t('presenterTitle')}
      </ScreenHeading>
      {item ? (
        <Suspense fallback={<Loading label={t('loading')} />}>
          <PresenterBody
            item={item}
            items={items}
            run={run}
            dispatch={dispatch}
            onHelp={() => setHelp(true)}
          />
        </Suspense>
      ) : (
        <p>{t('noPlan')}</p>
      )}
      {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
    </div>
  );
}

interface BodyProps {
  item: PlanItem;
  items: PlanItem[];
  run: RunState;
  dispatch: (a: RunAction) => void;
  onHelp: () => void;
}

function PresenterBody({ item, items, run, dispatch, onHelp }: BodyProps) {
  const { t } = useTranslation('seminar');
  const step = useStageStep(item, run);
  useSeminarKeys({ run, options: step.options.map((o) => o.id), dispatch, onHelp });
  useStepFocus(run);
  const decided = decision(run);
  return (
    <div className="presenter-grid">
      <section className="presenter-preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="presenter-label">
          {t('onProjector', { title: step.title })}
        </h2>
        {run.blank ? <p className="blanked-note">{t('blankedNote')}</p> : null}
        <Stage step={step} run={run} audience="trainer" />
      </section>
      <aside className="presenter-side" aria-label={t('controls')}>
        <Timer since={run.since} minutes={item.minutes} />
        <StepButtons step={step} run={run} decided={decided} dispatch={dispatch} onHelp={onHelp} />
        {step.options.length > 0 && run.phase === 'vote' ? (
          <VoteControls step={step} run={run} dispatch={dispatch} />
        ) : null}
        {step.scenario && step.options.length > 0 ? (
          <Override step={step} run={run} dispatch={dispatch} />
        ) : null}
        <Notes step={step} />
        <TeamsPanel run={run} dispatch={dispatch} />
        <NextUp items={items} run={run} />
      </aside>
    </div>
  );
}

function StepButtons({
  step,
  run,
  decided,
  dispatch,
  onHelp,
}: {
  step: StageStep;
  run: RunState;
  decided?: string;
  dispatch: (a: RunAction) => void;
  onHelp: () => void;
}) {
  const { t } = useTranslation('seminar');
  const canReveal = step.options.length > 0 && run.phase === 'vote';
  const needsDecision =
    Boolean(step.scenario) && run.phase === 'revealed' && !decided && !step.ended;
  return (
    <div className="presenter-buttons">
      <button type="button" className="button" onClick={() => dispatch({ type: 'back' })}>
        {t('back')}
      </button>
      {canReveal ? (
        <button
          type="button"
          className="button button-primary"
          onClick={() => dispatch({ type: 'reveal' })}
        >
          {t('reveal')}
        </button>
      ) : (
        <button
          type="button"
          className="button button-primary"
          disabled={needsDecision}
          onClick={() =>
            dispatch(
              step.scenario && decided ? { type: 'advance', choice: decided } : { type: 'advance' },
            )
          }
        >
          {t('next')}
        </button>
      )}
      <button
        type="button"
        className="button"
        aria-pressed={run.blank}
        onClick={() => dispatch({ type: 'blank' })}
      >
        {t('blank')}
      </button>
      <button type="button" className="button" onClick={onHelp}>
        {t('keys.open')}
      </button>
      {needsDecision ? <p role="status">{t('tie')}</p> : null}
    </div>
  );
}

function Override({
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
    <div className="presenter-override">
      <label htmlFor="override">{t('override')}</label>
      <select
        id="override"
        value={run.override ?? ''}
        onChange={(e) => e.target.value && dispatch({ type: 'override', option: e.target.value })}
      >
        <option value="">{t('overrideNone')}</option>
        {step.options.map((o, i) => (
          <option key={o.id} value={o.id}>
            {t('optionNumber', { number: i + 1, text: o.label })}
          </option>
        ))}
      </select>
    </div>
  );
}

function Notes({ step }: { step: StageStep }) {
  const { t } = useTranslation('seminar');
  return (
    <section className="presenter-notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes')}</h2>
      <p>{step.notes ?? t('noNotes')}</p>
      {step.scenario && step.scenario.discussion.length > 0 ? (
        <>
          <h3>{t('discussion')}</h3>
          <ul>
            {step.scenario.discussion.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function NextUp({ items, run }: { items: PlanItem[]; run: RunState }) {
  const { t } = useTranslation('seminar');
  const next = items[run.item + 1];
  return (
    <p className="presenter-next">
      {next
        ? t('nextUp', { kind: t(`kind.${next.kind}`), number: run.item + 2, count: items.length })
        : t('lastItem')}
    </p>
  );
}
