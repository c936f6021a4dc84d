import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { itemPath } from '@/content/course-path';
import type { Locale } from '@/content/locales';
import { i18n } from '@/i18n/i18n';
import { useLocale } from '@/i18n/use-locale';
import type { PlanItem } from '@/stores/seminar-store';
import { useSettingsStore } from '@/stores/settings-store';
import { announce, LiveRegion } from '@/ui/announcer';
import { Loading } from '@/ui/loading';

import type { RunAction, RunState } from './run-engine';
import { ShortcutHelp } from './shortcut-help';
import { Stage, useStageStep } from './stage';
import { openPresenter, useSeminar, useWindowLink } from './use-seminar';
import { useSeminarKeys } from './use-seminar-keys';

import './seminar.css';

/** The address code and its QR library load with the button's first press. */
const AddressCode = lazy(() => import('./address-code').then((m) => ({ default: m.AddressCode })));

/**
 * The learner's own screen for what the projector shows, at this page's address (so it is the
 * address phones in the room reach when the course is served over a network).
 */
const learnerUrl = (item: PlanItem) =>
  `${window.location.href.split('#')[0]}#${itemPath(
    item.kind === 'quiz'
      ? { kind: 'quiz', moduleId: item.moduleId, id: 'quiz' }
      : { kind: item.kind, moduleId: item.moduleId, id: item.id },
  )}`;

export const switchSeminarLocale = (locale: Locale) => {
  void i18n.changeLanguage(locale).then(() => useSettingsStore.getState().setLocale(locale));
};

/** The room's screen: large type, the case and the choices, nothing revealed before the trainer does. */
export function ProjectorPage() {
  const { t } = useTranslation('seminar');
  const locale = useLocale();
  useWindowLink(locale, switchSeminarLocale);
  const { item, run, dispatch } = useSeminar();
  const [help, setHelp] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [address, setAddress] = useState<string>();
  const presenter = () => setBlocked(!openPresenter(presenterUrl()));

  // The projector has no shell around it, so it says the page's language itself (screen readers
  // and quotation marks follow it).
  useEffect(() => {
    document.title = t('projectorTitle');
    document.documentElement.lang = locale;
  }, [t, locale]);

  return (
    <div className="projector" data-blank={run.blank || undefined}>
      <main id="main" className="projector-main">
        {run.blank ? (
          <p className="blanked">{t('blanked')}</p>
        ) : item ? (
          <Suspense fallback={<Loading label={t('loading')} />}>
            <ProjectorStage
              item={item}
              run={run}
              dispatch={dispatch}
              onHelp={() => setHelp(true)}
              onPresenter={presenter}
            />
          </Suspense>
        ) : (
          <div className="stage-empty">
            <h1>{t('noPlan')}</h1>
            <Link to="/seminar">{t('toPlan')}</Link>
          </div>
        )}
      </main>
      <nav className="projector-bar" aria-label={t('projectorControls')}>
        <button type="button" className="button" onClick={presenter}>
          {t('openPresenter')}
        </button>
        <button type="button" className="button" onClick={() => setHelp(true)}>
          {t('keys.open')}
        </button>
        {item ? (
          <button type="button" className="button" onClick={() => setAddress(learnerUrl(item))}>
            {t('address.show')}
          </button>
        ) : null}
        <Link to="/seminar">{t('toPlan')}</Link>
        {blocked ? <p role="alert">{t('popupBlocked')}</p> : null}
      </nav>
      {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
      {address ? (
        <Suspense fallback={null}>
          <AddressCode address={address} onClose={() => setAddress(undefined)} />
        </Suspense>
      ) : null}
      <LiveRegion />
    </div>
  );
}

/** The presenter window's address, beside this one (works from file:// too). */
const presenterUrl = () => `${window.location.href.split('#')[0]}#/seminar/presenter`;

interface ProjectorStageProps {
  item: PlanItem;
  run: RunState;
  dispatch: (a: RunAction) => void;
  onHelp: () => void;
  onPresenter: () => void;
}

function ProjectorStage({ item, run, dispatch, onHelp, onPresenter }: ProjectorStageProps) {
  const step = useStageStep(item, run);
  useSeminarKeys({ run, options: step.options.map((o) => o.id), dispatch, onHelp, onPresenter });
  useStepFocus(run);
  return (
    <>
      <h1 className="projector-title">{step.title}</h1>
      <Stage step={step} run={run} audience="room" />
      {run.teams.length > 0 ? <Scoreboard run={run} /> : null}
    </>
  );
}

/**
 * Every step moves focus to its heading and announces it once (not on arrival: the title is the
 * first thing there anyway).
 */
export function useStepFocus(run: RunState) {
  const key = `${run.item}/${run.path.length}/${run.question}/${run.phase}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById('stage-heading');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
    announce(heading.textContent ?? '');
  }, [key]);
}

/** The teams' points, for the room to see (points are not answers, so they show at any time). */
function Scoreboard({ run }: { run: RunState }) {
  const { t } = useTranslation('seminar');
  return (
    <section className="projector-scoreboard" aria-labelledby="scoreboard-heading">
      <h2 id="scoreboard-heading">{t('teams.heading')}</h2>
      <ul>
        {[...run.teams]
          .sort((a, b) => b.points - a.points)
          .map((team, i) => (
            <li key={i}>{t('teams.points', { name: team.name, count: team.points })}</li>
          ))}
      </ul>
    </section>
  );
}
