/**
 * The seminar as a window sees it: the plan, the run, and `dispatch`, which applies an action,
 * saves the result and sends it to the partner window. Both the projector and the presenter use
 * this; the one link per window lives in `useWindowLink`.
 */
import { useEffect, useRef } from 'react';

import { manifest } from '@/content/loader';
import type { Locale } from '@/content/locales';
import type { PlanItem } from '@/stores/seminar-store';
import { useSeminarStore } from '@/stores/seminar-store';

import { planItems, readyMadePlan } from './plan';
import { startRun, step, type RunAction, type RunState } from './run-engine';
import { linkWindows, type WindowLink } from './window-link';

let link: WindowLink | undefined;

/** Questions a quiz item shows the room: the module's whole bank. */
export const questionCount = (item: PlanItem) =>
  manifest.modules.find((m) => m.id === item.moduleId)?.quiz?.questions ?? 0;

const currentPlan = () => useSeminarStore.getState().plan ?? readyMadePlan(manifest);

/** Applies an action to the run as saved now (never a stale copy), saves it and tells the partner. */
function dispatch(action: RunAction) {
  const store = useSeminarStore.getState();
  const now = store.run ?? startRun();
  const next = step(now, action, planItems(currentPlan()), questionCount);
  if (next === now) return;
  store.setRun(next);
  link?.send({ run: next });
}

export function useSeminar() {
  const saved = useSeminarStore((s) => s.plan);
  const plan = saved ?? readyMadePlan(manifest);
  const run = useSeminarStore((s) => s.run) ?? startRun(0);
  const items = planItems(plan);
  return { plan, items, run, item: items[run.item], dispatch };
}

/**
 * Opens this window's link to its partner for as long as the seminar screen is open; a message
 * from the partner updates the run and, when the trainer switched language there, the language.
 */
export function useWindowLink(locale: Locale, switchLocale: (l: Locale) => void) {
  const latestLocale = useRef(locale);
  const switchRef = useRef(switchLocale);
  const sentLocale = useRef(locale);
  useEffect(() => {
    latestLocale.current = locale;
    switchRef.current = switchLocale;
  });
  useEffect(() => {
    const current = () => {
      const run = useSeminarStore.getState().run;
      return { ...(run ? { run } : {}), locale: latestLocale.current };
    };
    link = linkWindows((m) => {
      if (m.run) useSeminarStore.getState().setRun(m.run);
      if (m.locale && m.locale !== latestLocale.current) {
        // Taken from the partner, so not sent back.
        sentLocale.current = m.locale;
        switchRef.current(m.locale);
      }
    }, current);
    return () => {
      link?.close();
      link = undefined;
    };
  }, []);
  // Only a change made here is sent (not the language a window opened in): a window that opens
  // takes its partner's language from the reply to its hello.
  useEffect(() => {
    if (sentLocale.current === locale) return;
    sentLocale.current = locale;
    link?.send({ locale });
  }, [locale]);
}

export const openPresenter = (url: string) => link?.openPartner(url) ?? false;

/** Sends the current run once more (after a reload the partner may hold an older one). */
export const resend = (run: RunState) => link?.send({ run });
