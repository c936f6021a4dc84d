/**
 * Nothing lost, nothing let in: hostile progress files, storage that is full or fails to read,
 * data from a newer version, storage cleared while the course runs, and two tabs acting at the
 * same moment. Storage faults are made with an init script that patches Storage.prototype before
 * the app starts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { courseSession, expectNoAxeViolations, returningLearner, type Course } from './browser';
import { moduleContent } from './course-data';
import { button, ui } from './flows';

const M1 = 'what-is-trafficking';
const LESSON_1 = `${M1}/act-means-purpose`;
const LESSON_2 = `${M1}/consent-and-children`;
const session = courseSession();

/** Two steps done (a lesson and the quiz, passed 9 of 10), one lesson begun. */
const savedState = {
  lessons: {
    [LESSON_1]: { reached: 3, completedAt: '2026-11-28T09:15:00.000Z' },
    [LESSON_2]: { reached: 1 },
  },
  quizzes: {
    [M1]: {
      history: [
        {
          at: '2026-11-28T11:00:00.000Z',
          score: 9,
          max: 10,
          passed: true,
          missed: ['indicator-to-ilo'],
          met: ['deception'],
          recognised: [],
        },
      ],
    },
  },
  scenarios: {},
};
const savedValue = JSON.stringify({ state: savedState, version: 2 });

const saved = (page: Page, key = 'qorgau.progress') =>
  page.evaluate((k) => localStorage.getItem(k), key);
const savedState$ = async (page: Page) =>
  (JSON.parse((await saved(page)) ?? 'null') as { state: typeof savedState } | null)?.state;
/** Every alert on screen, as one text. */
const alerts = async (page: Page) => (await page.getByRole('alert').allInnerTexts()).join('\n');
/** "2 of N steps done", N being every lesson, scenario and the quiz of module 1. */
async function stepsText(done: number) {
  const m1 = await moduleContent(M1, 'en');
  const total = m1.lessons.length + m1.scenarios.length + (m1.quiz ? 1 : 0);
  return ui('en', 'catalog', 'progressValue')
    .replace('{{done}}', String(done))
    .replace('{{total}}', String(total));
}
const prototypeNames = (page: Page) =>
  page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort().join(','));

async function loadFile(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel(ui('en', 'progress', 'transfer.load'), { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

/** Starts as a returning learner with `value` saved, then reloads with `patch` in force. */
async function startWith(course: Course, value: string, patch?: string) {
  await returningLearner(course.page, course.baseUrl, 'en', value);
  if (patch) {
    await course.page.addInitScript(patch);
    await course.page.reload();
  }
}

const file = (state: unknown) =>
  JSON.stringify({
    kind: 'qorgau-progress',
    version: 2,
    exportedAt: '2026-11-29T00:00:00Z',
    state,
  });

describe('hostile progress files', () => {
  it('leave Object.prototype clean, the saved progress whole and a reason on screen', async () => {
    const course = await session.open();
    const { page, baseUrl } = course;
    await startWith(course, savedValue);
    await page.goto(`${baseUrl}#/progress`);
    const before = await prototypeNames(page);
    const best = ui('en', 'progress', 'bestQuiz_other')
      .replace('{{count}}', '9')
      .replace('{{max}}', '10');
    await expect.poll(() => page.getByText(best, { exact: false }).count()).toBe(1);

    const result = (over: object) => ({ ...savedState.quizzes[M1].history[0], ...over });
    const hostile: [string, string | Buffer, string][] = [
      [
        'keys.json',
        `{"kind":"qorgau-progress","version":2,"state":{"lessons":{"__proto__":{"reached":1},"constructor":{"reached":2}},"quizzes":{"toString":{"history":[]},"hasOwnProperty":{"history":[]}},"scenarios":{}}}`,
        'transfer.refused.damaged',
      ],
      [
        'met.json',
        file({ ...savedState, quizzes: { [M1]: { history: [result({ met: ['__proto__'] })] } } }),
        'transfer.refused.damaged',
      ],
      [
        'forged.json',
        file({ ...savedState, quizzes: { [M1]: { history: [result({ score: 999, max: 5 })] } } }),
        'transfer.refused.damaged',
      ],
      [
        'passed.json',
        file({
          ...savedState,
          quizzes: {
            [M1]: { history: [result({ score: 1, max: 10, missed: Array(9).fill('q') })] },
          },
        }),
        'transfer.refused.implausible',
      ],
      [
        'other.json',
        file({ ...savedState, lessons: { 'other-course/intro': { reached: 1 } }, quizzes: {} }),
        'transfer.refused.otherCourse',
      ],
      [
        'newer.json',
        JSON.stringify({ kind: 'qorgau-progress', version: 9, state: {} }),
        'transfer.refused.newerVersion',
      ],
      ['page.json', '<html><body>not progress</body></html>', 'transfer.refused.notProgress'],
      ['big.json', Buffer.alloc(8 * 1024 * 1024, ' '), 'transfer.refused.tooLarge'],
    ];
    for (const [name, text, reason] of hostile) {
      await loadFile(page, name, text);
      const expected = ui('en', 'progress', reason).replace('{{name}}', name);
      await expect.poll(() => alerts(page), { message: name }).toContain(expected);
      expect(await prototypeNames(page), name).toBe(before);
      expect(await page.evaluate(() => Object.keys({}).length + Object.keys([]).length)).toBe(0);
      expect(await saved(page), name).toBe(savedValue);
      expect(await page.getByText(best, { exact: false }).count(), name).toBe(1);
    }
    await expectNoAxeViolations(page, 'progress screen after a refused file');

    // Saved data with the same hostile keys is set aside at the next start, not used.
    const pollutedSave = JSON.stringify({
      state: { ...savedState, quizzes: { [M1]: { history: [result({ met: ['__proto__'] })] } } },
      version: 2,
    });
    await page.evaluate((v) => localStorage.setItem('qorgau.progress', v), pollutedSave);
    await page.reload();
    await expect.poll(() => alerts(page)).toContain(ui('en', 'progress', 'storage.setAside'));
    expect(await prototypeNames(page)).toBe(before);
  });
});

describe('storage that fails', () => {
  it('full at start: shows what is saved, says storage is full, keeps new work downloadable', async () => {
    const course = await session.open();
    const { page, baseUrl } = course;
    await startWith(
      course,
      savedValue,
      `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
    );
    // Not asked for the language again; the saved steps show.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expect
      .poll(async () => page.getByText(await stepsText(2), { exact: true }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => alerts(page)).toContain(ui('en', 'progress', 'storage.startFull'));
    expect(await alerts(page)).not.toContain(ui('en', 'progress', 'storage.memoryOnly'));
    await expectNoAxeViolations(page, 'course home with storage full');

    await page.goto(`${baseUrl}#/modules/${LESSON_2.replace('/', '/lessons/')}`);
    // Saved at section 2 of 4: two more, then finish.
    for (let i = 0; i < 2; i++) await button(page, ui('en', 'lesson', 'continue')).click();
    await button(page, ui('en', 'lesson', 'finish')).click();
    const download = page.waitForEvent('download');
    await button(page, ui('en', 'progress', 'storage.saveFile')).click();
    const stream = await (await download).createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    const lessons = (JSON.parse(text) as { state: typeof savedState }).state.lessons;
    expect(lessons[LESSON_1]?.completedAt).toBe('2026-11-28T09:15:00.000Z');
    expect(lessons[LESSON_2]?.reached).toBe(3);
    expect(lessons[LESSON_2]).toHaveProperty('completedAt');
    expect(await saved(page)).toBe(savedValue);
  });

  it('a failed read at start: read-only, says so, and the first action overwrites nothing', async () => {
    const course = await session.open();
    const { page, baseUrl } = course;
    await startWith(
      course,
      savedValue,
      `const read = Storage.prototype.getItem;
       Storage.prototype.getItem = function (key) {
         if (key === 'qorgau.progress' && !window.__readsWork) throw new DOMException('I/O', 'UnknownError');
         return read.call(this, key);
       };`,
    );
    await expect.poll(() => alerts(page)).toContain(ui('en', 'progress', 'storage.readFailed'));
    await expectNoAxeViolations(page, 'course home after a failed read');
    await page.goto(`${baseUrl}#/modules/${LESSON_2.replace('/', '/lessons/')}`);
    await button(page, ui('en', 'lesson', 'continue')).click();
    await button(page, ui('en', 'lesson', 'continue')).click();
    await expect.poll(() => page.locator('.lesson-section:not(.print-only)').count()).toBe(3);
    await page.goto(`${baseUrl}#/modules/${M1}`);
    await expect.poll(() => button(page, ui('en', 'progress', 'storage.saveFile')).count()).toBe(1);
    const stored = await page.evaluate(() => {
      (window as unknown as { __readsWork: boolean }).__readsWork = true;
      return localStorage.getItem('qorgau.progress');
    });
    expect(stored).toBe(savedValue);
  });

  it('sets an unreadable value aside once however often the course starts', async () => {
    const course = await session.open();
    const { page } = course;
    await startWith(course, '{"state": {"lessons": 12}, "version": 1');
    for (let start = 0; start < 3; start++) await page.reload();
    await expect.poll(() => alerts(page)).toContain(ui('en', 'progress', 'storage.setAside'));
    const copies = await page.evaluate(
      () =>
        Object.keys(localStorage).filter((k) => k.startsWith('qorgau.progress.set-aside.')).length,
    );
    expect(copies).toBe(1);
  });

  it('leaves newer-version data untouched until the learner confirms a fresh start', async () => {
    const course = await session.open();
    const { page, baseUrl } = course;
    const newer = JSON.stringify({ state: { lessons: {}, somethingNew: true }, version: 99 });
    await startWith(course, newer);
    await expect.poll(() => alerts(page)).toContain(ui('en', 'progress', 'storage.newerVersion'));
    await page.goto(`${baseUrl}#/modules/${LESSON_1.replace('/', '/lessons/')}`);
    await button(page, ui('en', 'lesson', 'continue')).click();
    expect(await saved(page)).toBe(newer);

    await button(page, ui('en', 'progress', 'storage.startFresh')).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(ui('en', 'progress', 'storage.startFreshConfirm'));
    await expectNoAxeViolations(page, 'start fresh confirmation');
    expect(await saved(page)).toBe(newer);
    await button(page, ui('en', 'progress', 'storage.startFreshYes')).click();
    await expect.poll(async () => (await savedState$(page))?.lessons).toEqual({});
    const copy = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('qorgau.progress.set-aside.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(copy).toEqual([newer]);
    expect(await alerts(page)).not.toContain(ui('en', 'progress', 'storage.newerVersion'));
  });

  it('storage cleared while the course runs: the next action writes language and role back', async () => {
    const course = await session.open();
    const { page, baseUrl } = course;
    await page.goto(baseUrl);
    await page.evaluate(() => {
      localStorage.setItem(
        'qorgau.settings',
        JSON.stringify({ state: { locale: 'en', role: 'teacher' }, version: 1 }),
      );
    });
    await page.goto(`${baseUrl}#/modules/${LESSON_1.replace('/', '/lessons/')}`);
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The loading screen says "en" too: wait for the lesson itself before acting on it.
    const lesson = (await moduleContent(M1, 'en')).lessons[0];
    await expect.poll(() => page.locator('h1').textContent()).toBe(lesson?.title);
    await button(page, ui('en', 'lesson', 'continue')).click();
    await expect.poll(async () => (await savedState$(page))?.lessons[LESSON_1]?.reached).toBe(1);
    await page.evaluate(() => localStorage.clear());
    await button(page, ui('en', 'lesson', 'continue')).click();
    await expect
      .poll(async () => JSON.parse((await saved(page, 'qorgau.settings')) ?? '{}').state)
      .toEqual({ locale: 'en', role: 'teacher' });
    expect((await savedState$(page))?.lessons[LESSON_1]?.reached).toBe(2);
  });
});

/** Clicks the button named `name` in every page at one instant (a timer in each page). */
async function clickTogether(pages: Page[], name: string) {
  const at = Date.now() + 250;
  await Promise.all(
    pages.map((page) =>
      page.evaluate(
        ([label, when]) =>
          new Promise<void>((resolve) => {
            const target = [...document.querySelectorAll('button')].find(
              (b) => b.textContent?.trim() === label,
            );
            setTimeout(() => {
              target?.click();
              resolve();
            }, when - Date.now());
          }),
        [name, at] as const,
      ),
    ),
  );
}

describe('two tabs', () => {
  it('acting at the same moment lose nothing, and neither jumps back', async () => {
    const course = await session.open();
    const { page: a, baseUrl, context } = course;
    await returningLearner(a, baseUrl, 'en');
    const b = await context.newPage();
    b.on('pageerror', (error) => {
      throw error;
    });
    await a.goto(`${baseUrl}#/modules/${LESSON_1.replace('/', '/lessons/')}`);
    await b.goto(`${baseUrl}#/modules/${LESSON_2.replace('/', '/lessons/')}`);
    for (const page of [a, b])
      await expect.poll(() => button(page, ui('en', 'lesson', 'continue')).count()).toBe(1);

    for (let i = 0; i < 3; i++) {
      await clickTogether([a, b], ui('en', 'lesson', 'continue'));
      for (const page of [a, b])
        await expect
          .poll(() => page.locator('.lesson-section:not(.print-only)').count())
          .toBe(i + 2);
    }
    await clickTogether([a, b], ui('en', 'lesson', 'finish'));

    for (const page of [a, b]) {
      await expect
        .poll(async () => {
          const lessons: Record<string, { reached?: number; completedAt?: string }> =
            (await savedState$(page))?.lessons ?? {};
          return [LESSON_1, LESSON_2].map((k) => [
            lessons[k]?.reached,
            Boolean(lessons[k]?.completedAt),
          ]);
        })
        .toEqual([
          [3, true],
          [3, true],
        ]);
      await expect
        .poll(() =>
          page.getByRole('heading', { name: ui('en', 'lesson', 'completeHeading') }).count(),
        )
        .toBe(1);
    }
    await a.goto(`${baseUrl}#/`);
    const steps = await stepsText(2);
    await expect.poll(() => a.getByText(steps, { exact: true }).count()).toBeGreaterThan(0);
  });
});
