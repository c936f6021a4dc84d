import { describe, expect, it } from 'vitest';

import { findScormApi, type Scorm12Api } from './scorm-api';

const api = (): Scorm12Api => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});

/** A chain of fake windows, the last its own parent (a top window). */
function windows(n: number, extra: (i: number, w: Record<string, unknown>) => void = () => {}) {
  const chain: Record<string, unknown>[] = Array.from({ length: n }, () => ({ opener: null }));
  chain.forEach((w, i) => {
    w.parent = chain[i + 1] ?? w;
    extra(i, w);
  });
  return chain as unknown as Window[];
}

describe('findScormApi', () => {
  it('finds the API on the window itself or a parent several frames up', () => {
    const lms = api();
    expect(findScormApi(windows(1, (_, w) => (w.API = lms))[0]!)).toBe(lms);
    expect(findScormApi(windows(4, (i, w) => i === 3 && (w.API = lms))[0]!)).toBe(lms);
  });

  it('then looks at the window that opened this one, and its parents', () => {
    const lms = api();
    const lmsPage = windows(2, (i, w) => i === 1 && (w.API = lms));
    const popup = windows(1, (_, w) => (w.opener = lmsPage[0]))[0]!;
    expect(findScormApi(popup)).toBe(lms);
  });

  it('finds nothing without an LMS, and ignores an "API" that is not SCORM 1.2', () => {
    expect(findScormApi(windows(3)[0]!)).toBeNull();
    expect(
      findScormApi(windows(2, (i, w) => i === 1 && (w.API = { Initialize: () => 'true' }))[0]!),
    ).toBeNull();
  });

  it('stops at a frame of another origin (reading it throws) instead of failing', () => {
    const chain = windows(3, (i, w) => {
      if (i === 1)
        Object.defineProperty(w, 'API', {
          get: () => {
            throw new DOMException('Blocked a frame', 'SecurityError');
          },
        });
      if (i === 2) w.API = api();
    });
    expect(findScormApi(chain[0]!)).toBeNull();
  });

  it('gives up after 500 parents (a parent chain that never ends)', () => {
    let hops = 0;
    const endless = (): Window =>
      ({
        opener: null,
        get parent() {
          hops++;
          return endless();
        },
      }) as unknown as Window;
    expect(findScormApi(endless())).toBeNull();
    expect(hops).toBeGreaterThanOrEqual(500);
    expect(hops).toBeLessThanOrEqual(1002);
  });
});
