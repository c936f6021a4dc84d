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

export function findScormApi(win: Window): Scorm12Api | null {
  for (const start of [win, win.opener as Window | null]) {
    let w = start;
    for (let i = 0; w && i <= MAX_PARENTS; i++) {
      try {
        const api = (w as Window & { API?: Scorm12Api }).API;
        if (api?.LMSInitialize) return api;
      } catch {
        // Another origin's window: no API for us there; its parents are no nearer.
        break;
      }
      if (w.parent === w) break;
      w = w.parent;
    }
  }
  return null;
}
