import { readFileSync } from 'node:fs';
import path from 'node:path';
import ids from 'virtual:qorgau/ids';
import { manifest } from 'virtual:qorgau/manifest';

import type { Scorm12Api } from '@/lib/scorm-api';
import { openStore, setAppStore, type KeyValueStore } from '@/lib/storage';
import { ASSESSMENT_KEY, emptyProgress, type ProgressData } from '@/stores/progress-record';
import { resetProgress, useProgressStore } from '@/stores/progress-store';
import { suspendCodec } from '@/stores/suspend-data';
import { loadWriter } from '@/stores/versioned-storage';

import { lmsReport } from './lms-report';
import { connect } from './lms-session';

/** A SCORM 1.2 runtime in memory, recording every call. */
function fakeLms(initial: Record<string, string> = {}, initialises = true) {
  const cmi: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', ...initial };
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('init'), String(initialises)),
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSGetValue: (e) => cmi[e] ?? '',
    LMSSetValue: (e, v) => ((cmi[e] = v), 'true'),
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSGetLastError: () => '0',
  };
  return { api, cmi, calls };
}

const codec = suspendCodec(ids);
const lessonKey = `${manifest.modules[0]!.id}/${manifest.modules[0]!.lessons[0]!.id}`;
const done: ProgressData = {
  ...emptyProgress(),
  lessons: { [lessonKey]: { reached: 3, completedAt: '2026-05-01T10:00:00.000Z' } },
};
let device: KeyValueStore;

beforeEach(() => {
  // Reset first: resetting saves an empty record through whatever store the app has then.
  resetProgress();
  localStorage.clear();
  device = openStore();
});
afterEach(() => setAppStore(undefined));

describe('the LMS session', () => {
  it('initialises, takes the progress from suspend_data and never from the device', () => {
    localStorage.setItem(
      'qorgau.progress',
      JSON.stringify({
        state: { ...emptyProgress(), lessons: { 'x/y': { reached: 1 } } },
        version: 3,
      }),
    );
    const lms = fakeLms({ 'cmi.suspend_data': codec.encode(done) });
    expect(connect(lms.api, device)).toBe(true);
    expect(lms.calls[0]).toBe('init');
    expect(lms.cmi['cmi.core.lesson_status']).toBe('incomplete');
    expect(useProgressStore.getState().lessons).toEqual(done.lessons);
  });

  it('saves progress into suspend_data (within 4,096 characters), not on the device', async () => {
    const lms = fakeLms();
    connect(lms.api, device);
    await loadWriter();
    useProgressStore.getState().openSection('what-is-trafficking', 'act-means-purpose', 2);
    const saved = codec.decode(lms.cmi['cmi.suspend_data'] ?? '');
    expect(saved.lessons['what-is-trafficking/act-means-purpose']).toEqual({ reached: 2 });
    expect(localStorage.getItem('qorgau.progress')).toBeNull();
  });

  it('reports passed and the best assessment score out of 100, and commits it at once', async () => {
    const lms = fakeLms();
    connect(lms.api, device);
    await loadWriter();
    const base = { missed: [], met: [], recognised: [] };
    useProgressStore
      .getState()
      .finishQuiz(ASSESSMENT_KEY, { score: 10, max: 20, passed: false, ...base });
    expect(lms.cmi['cmi.core.lesson_status']).toBe('failed');
    expect(lms.cmi['cmi.core.score.raw']).toBe('50');
    useProgressStore
      .getState()
      .finishQuiz(ASSESSMENT_KEY, { score: 17, max: 20, passed: true, ...base });
    expect(lms.cmi['cmi.core.lesson_status']).toBe('passed');
    expect(lms.cmi['cmi.core.score.raw']).toBe('85');
    expect([lms.cmi['cmi.core.score.min'], lms.cmi['cmi.core.score.max']]).toEqual(['0', '100']);
    expect(lms.calls.filter((c) => c === 'commit').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the current screen as lesson_location and reopens there', () => {
    window.location.hash = '';
    const lms = fakeLms({ 'cmi.core.lesson_location': '/modules/recruitment' });
    connect(lms.api, device);
    expect(window.location.hash).toBe('#/modules/recruitment');
    window.location.hash = '#/progress';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(lms.cmi['cmi.core.lesson_location']).toBe('/progress');
  });

  it('commits when hidden and finishes once, marked suspend, when the page goes away', () => {
    const lms = fakeLms();
    connect(lms.api, device);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lms.calls).toContain('commit');
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.calls.filter((c) => c === 'finish')).toHaveLength(1);
    expect(lms.cmi['cmi.core.exit']).toBe('suspend');
    expect(lms.cmi['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}$/);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('never takes back a status the LMS already recorded', () => {
    const lms = fakeLms({ 'cmi.core.lesson_status': 'passed' });
    connect(lms.api, device);
    expect(lms.cmi['cmi.core.lesson_status']).toBe('passed');
  });

  it('runs on the device as usual when the LMS refuses to initialise', () => {
    localStorage.setItem('qorgau.progress', JSON.stringify({ state: done, version: 3 }));
    const lms = fakeLms({}, false);
    expect(connect(lms.api, device)).toBe(false);
    expect(useProgressStore.getState().lessons).toEqual(done.lessons);
    expect(lms.cmi['cmi.core.lesson_status']).toBe('not attempted');
  });
});

describe('lesson status', () => {
  it('is completed once every written module is done, before the assessment', () => {
    const all: ProgressData = { ...emptyProgress() };
    for (const m of manifest.modules.filter((x) => x.status === 'ready')) {
      for (const l of m.lessons)
        all.lessons[`${m.id}/${l.id}`] = { reached: 0, completedAt: '2026-01-01T00:00:00.000Z' };
      for (const s of m.scenarios)
        all.scenarios[`${m.id}/${s.id}`] = {
          history: [
            {
              at: '2026-01-01T00:00:00.000Z',
              ending: 'e',
              rating: 'good',
              score: 1,
              choices: [],
              met: [],
              recognised: [],
            },
          ],
        };
      if (m.quiz)
        all.quizzes[m.id] = {
          history: [
            {
              at: '2026-01-01T00:00:00.000Z',
              score: 9,
              max: 10,
              passed: true,
              missed: [],
              met: [],
              recognised: [],
            },
          ],
        };
    }
    expect(lmsReport(emptyProgress(), manifest)).toEqual({ status: 'incomplete' });
    expect(lmsReport(all, manifest)).toEqual({ status: 'completed' });
  });
});

describe('the start-up choice', () => {
  it('is made before anything reads saved data (main.tsx imports it before the app)', () => {
    const main = readFileSync(path.resolve(__dirname, '../../main.tsx'), 'utf8');
    expect(main.indexOf("from '@/app/lms/lms-start'")).toBeGreaterThan(0);
    expect(main.indexOf("from '@/app/lms/lms-start'")).toBeLessThan(
      main.indexOf("from '@/app/app'"),
    );
  });
});

describe('inside an LMS whose session cannot load', () => {
  afterEach(() => {
    delete (window as { API?: unknown }).API;
    vi.doUnmock('./lms-session');
    vi.resetModules();
  });

  it('still opens, reads no one’s progress from the device and saves none there', async () => {
    localStorage.setItem('qorgau.progress', JSON.stringify({ state: done, version: 3 }));
    (window as { API?: unknown }).API = fakeLms().api;
    vi.resetModules();
    vi.doMock('./lms-session', () => Promise.reject(new Error('chunk failed to load')));
    const start = await import('./lms-start');
    await expect(start.lmsReady).resolves.toBeUndefined();
    expect(start.inLms).toBe(true);
    const { appStore } = await import('@/lib/storage');
    expect(appStore().read('qorgau.progress')).toEqual({ ok: true, value: null });
    expect(appStore().write('qorgau.progress', '{}')).toEqual({ ok: false, reason: 'blocked' });
    expect(localStorage.getItem('qorgau.progress')).toBe(
      JSON.stringify({ state: done, version: 3 }),
    );
  });
});
