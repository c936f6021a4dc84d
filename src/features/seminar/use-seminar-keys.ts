/**
 * The seminar's keys, read from the one shortcut list. Keys typed into a field (team names, vote
 * counts) are left alone.
 */
import { useEffect, useRef } from 'react';

import { decision, type RunAction, type RunState } from './run-engine';
import { actionFor, shortcutFor } from './shortcuts';

interface KeyContext {
  run: RunState;
  options: readonly string[];
  dispatch: (action: RunAction) => void;
  onHelp: () => void;
  onPresenter?: () => void;
}

export function useSeminarKeys(ctx: KeyContext) {
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // A focused button keeps Space and Enter for itself.
      if (
        target?.closest('button, a, summary') &&
        (event.code === 'Space' || event.code === 'Enter')
      )
        return;
      const found = shortcutFor(event);
      if (!found) return;
      const { run, options, dispatch, onHelp, onPresenter } = latest.current;
      event.preventDefault();
      if (found.shortcut.id === 'help') return onHelp();
      if (found.shortcut.id === 'presenter') return onPresenter?.();
      const decided = decision(run);
      const action = actionFor(found.shortcut.id, {
        phase: run.phase,
        options,
        ...(found.number ? { number: found.number } : {}),
        ...(decided ? { decided } : {}),
      });
      if (action) dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
