/**
 * Finding an LMS's SCORM 1.2 API, the standard way (ADL's `findAPI`): `window.API` on this window
 * or one of its parents, up to a limit, then on the window that opened this one and its parents.
 * On the first screen, so it stays this small; everything else about the LMS loads only when
 * one is found. A frame of another origin throws when touched: that is "no API there".
 */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** ADL's sample walks at most 500 parents; real LMS pages nest a few. */
const MAX_PARENTS = 500;

function apiIn(start: Window | null): Scorm12Api | null {
  let win = start;
  for (let i = 0; win && i <= MAX_PARENTS; i++) {
    try {
      const api = (win as Window & { API?: Scorm12Api }).API;
      if (api && typeof api.LMSInitialize === 'function') return api;
    } catch {
      // Another origin's window: no API for us there; its parents are no nearer.
      return null;
    }
    if (win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

export function findScormApi(win: Window): Scorm12Api | null {
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return apiIn(win) ?? apiIn(opener);
}
