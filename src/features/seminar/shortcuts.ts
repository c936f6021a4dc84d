/**
 * The seminar's keyboard and clicker shortcuts, defined once. The key handler and the on-screen
 * help ("?") are both built from this list, so they cannot disagree. Presentation clickers send
 * PageDown / PageUp (and sometimes arrows or B for a blank screen).
 */
import type { RunAction } from './run-engine';

export type ShortcutId =
  'next' | 'previous' | 'reveal' | 'blank' | 'vote' | 'unvote' | 'help' | 'presenter';

export interface Shortcut {
  id: ShortcutId;
  /**
   * Physical keys (`KeyboardEvent.code`), so the shortcuts work the same with a Kazakh, Russian or
   * English keyboard layout; `shift` says whether Shift must be held.
   */
  codes: readonly string[];
  shift?: boolean;
  /** How the help screen writes the keys. */
  display: readonly string[];
}

const digits = (prefix: string) => Array.from({ length: 9 }, (_, i) => `${prefix}${i + 1}`);

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'next',
    codes: ['ArrowRight', 'ArrowDown', 'PageDown', 'Space'],
    display: ['→', 'PageDown', 'Space'],
  },
  { id: 'previous', codes: ['ArrowLeft', 'ArrowUp', 'PageUp'], display: ['←', 'PageUp'] },
  { id: 'reveal', codes: ['Enter', 'KeyR'], display: ['Enter', 'R'] },
  { id: 'blank', codes: ['KeyB', 'Period'], display: ['B', '.'] },
  { id: 'vote', codes: [...digits('Digit'), ...digits('Numpad')], display: ['1–9'] },
  { id: 'unvote', codes: digits('Digit'), shift: true, display: ['Shift + 1–9'] },
  { id: 'presenter', codes: ['KeyP'], display: ['P'] },
  { id: 'help', codes: ['Slash'], shift: true, display: ['?'] },
];

/** The shortcut a key press means, with the option number for votes (1-based). */
export function shortcutFor(event: {
  code: string;
  shiftKey: boolean;
}): { shortcut: Shortcut; number?: number } | undefined {
  const shortcut =
    SHORTCUTS.find((s) => Boolean(s.shift) === event.shiftKey && s.codes.includes(event.code)) ??
    // Keys without a Shift variant work with or without it (a clicker may hold it).
    SHORTCUTS.find(
      (s) =>
        !s.shift &&
        s.codes.includes(event.code) &&
        !SHORTCUTS.some((o) => o.shift && o.codes.includes(event.code)),
    );
  if (!shortcut) return undefined;
  const digit = /(\d)$/.exec(event.code);
  return (shortcut.id === 'vote' || shortcut.id === 'unvote') && digit
    ? { shortcut, number: Number(digit[1]) }
    : { shortcut };
}

/**
 * What a shortcut does to the run. `options` are the ids of the choices or options on screen in
 * the order shown; 'next' reveals first if nothing is revealed yet, then advances.
 */
export function actionFor(
  id: ShortcutId,
  ctx: {
    phase: 'vote' | 'revealed';
    options: readonly string[];
    number?: number;
    decided?: string;
  },
): RunAction | undefined {
  switch (id) {
    case 'next':
      if (ctx.options.length > 0 && ctx.phase === 'vote') return { type: 'reveal' };
      return ctx.decided ? { type: 'advance', choice: ctx.decided } : { type: 'advance' };
    case 'previous':
      return { type: 'back' };
    case 'reveal':
      return ctx.phase === 'vote' ? { type: 'reveal' } : undefined;
    case 'blank':
      return { type: 'blank' };
    case 'vote':
    case 'unvote': {
      const option = ctx.number ? ctx.options[ctx.number - 1] : undefined;
      return option ? { type: 'vote', option, delta: id === 'vote' ? 1 : -1 } : undefined;
    }
    default:
      return undefined;
  }
}
