import '@testing-library/jest-dom/vitest';

import { afterEach, vi } from 'vitest';
import type * as Zustand from 'zustand';
import type { StateCreator } from 'zustand';

/**
 * Every zustand store made while a test file runs is put back to its first state after each test,
 * as bulletproof-react does — so one test's progress, role or announcement never leaks into the
 * next, and a store added later is covered without a line here.
 */
const resets = new Set<() => void>();

vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof Zustand>();
  const track = (initializer: StateCreator<unknown>) => {
    const store = zustand.create(initializer);
    const first = store.getInitialState();
    resets.add(() => store.setState(first, true));
    return store;
  };
  // `create(init)` and the curried `create<T>()(init)` both pass through `track`.
  const create = (initializer?: StateCreator<unknown>) =>
    initializer ? track(initializer) : track;
  return { ...zustand, create };
});

afterEach(async () => {
  // The lint test runs in Node, where there is no DOM to clean.
  if (typeof window === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  for (const reset of resets) reset();
  window.localStorage.clear();
});
