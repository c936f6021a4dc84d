/**
 * Learner records on a shared computer: profiles kept apart (and in step across tabs), the move
 * of what a device saved before profiles into the first profile, a whole profile carried to a
 * fresh browser as a file (a tampered one refused), and the certificate on one printed A4 page in
 * each language, with a code that checks against the profile file.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { Locale } from '../../src/content/locales';
import {
  chooseLanguage,
  courseSession,
  expectGoodScreen,
  expectNoAxeViolations,
  returningLearner,
} from './browser';
import { writtenModules } from './course-data';
import { button, ui } from './flows';

const session = courseSession();
const M1 = 'what-is-trafficking';
const LESSON = `${M1}/act-means-purpose`;

/** What a device saved before profiles existed (progress version 2): a lesson and a quiz. */
const beforeProfiles = {
  lessons: { [LESSON]: { reached: 3, completedAt: '2026-11-28T09:15:00.000Z' } },
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
const beforeValue = JSON.stringify({ state: beforeProfiles, version: 2 });

const storage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage)) as Record<string, string>);
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const plural = (locale: Locale, ns: string, key: string, count: number, values: object) => {
  const form = new Intl.PluralRules(locale).select(count);
  let text = ui(locale, ns, `${key}_${form}`).replace('{{count}}', String(count));
  for (const [k, v] of Object.entries(values)) text = text.replace(`{{${k}}}`, String(v));
  return text;
};
const bestQuiz = (locale: Locale, score: number, max: number) =>
  plural(locale, 'progress', 'bestQuiz', score, { max });

/** The header's profile control, opened. */
async function openSwitcher(page: Page) {
  const summary = page.locator('.profile-switcher summary');
  await summary.waitFor();
  if ((await page.locator('.profile-switcher[open]').count()) === 0) await summary.click();
  return page.locator('.profile-menu');
}

async function switchTo(page: Page, name: string) {
  const menu = await openSwitcher(page);
  await Promise.all([
    page.waitForEvent('load'),
    menu.getByRole('button', { name, exact: true }).click(),
  ]);
}

async function download(page: Page, name: string): Promise<string> {
  const event = page.waitForEvent('download');
  await button(page, name).click();
  const stream = await (await event).createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

async function openFile(page: Page, label: string, name: string, text: string) {
  await page.getByLabel(label, { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

describe('profiles on a shared computer', () => {
  it('moves what was saved into the first profile, keeps two profiles apart, and tabs follow a switch', async () => {
    const course = await session.open();
    const { page, baseUrl, context } = course;
    await returningLearner(page, baseUrl, 'en', beforeValue);

    // The move: the first profile is what was saved, whole, and the saved value is untouched.
    await page.goto(`${baseUrl}#/progress`);
    await expect.poll(() => page.getByText(bestQuiz('en', 9, 10), { exact: true }).count()).toBe(1);
    expect((await storage(page))['qorgau.progress']).toBe(beforeValue);
    const summaryName = `${ui('en', 'profiles', 'switcher.label')}: ${ui('en', 'profiles', 'unnamed').replace('{{n}}', '1')}`;
    await expect
      .poll(() =>
        page
          .getByRole('group')
          .or(page.locator('summary'))
          .getByText(/Profile/)
          .count(),
      )
      .toBeGreaterThan(0);
    expect(await page.locator('.profile-switcher summary').innerText()).toContain('Profile 1');
    expect(await page.locator('.profile-switcher summary').evaluate((s) => s.textContent)).toBe(
      summaryName,
    );

    // A second profile, in Russian, from the profiles screen.
    const menu = await openSwitcher(page);
    await expectNoAxeViolations(page, 'the open profile menu');
    await menu.getByRole('link', { name: ui('en', 'profiles', 'switcher.manage') }).click();
    await page.getByRole('heading', { level: 1, name: ui('en', 'profiles', 'title') }).waitFor();
    await expectGoodScreen(page, 'en', 'profiles screen');
    await page.getByLabel(ui('en', 'profiles', 'nameLabel'), { exact: true }).fill('Дана');
    await page
      .getByRole('combobox', { name: ui('en', 'profiles', 'languageLabel'), exact: true })
      .selectOption('ru');
    await Promise.all([
      page.waitForEvent('load'),
      button(page, ui('en', 'profiles', 'create')).click(),
    ]);
    await expect.poll(() => lang(page)).toBe('ru');
    await expect
      .poll(() => page.locator('.profile-switcher summary').innerText())
      .toContain('Дана');

    // Dana's progress starts empty and is saved apart.
    await page.goto(`${baseUrl}#/progress`);
    await page.getByRole('heading', { level: 1, name: ui('ru', 'progress', 'title') }).waitFor();
    expect(await page.getByText(bestQuiz('ru', 9, 10), { exact: true }).count()).toBe(0);
    await page.goto(`${baseUrl}#/modules/${LESSON.replace('/', '/lessons/')}`);
    await button(page, ui('ru', 'lesson', 'continue')).click();
    const danaKey = async () =>
      Object.keys(await storage(page)).find((k) =>
        /^qorgau\.profile\.p[a-z0-9]+\.progress$/.test(k),
      );
    await expect.poll(danaKey).toBeDefined();
    const danaProgress = async () =>
      JSON.parse((await storage(page))[(await danaKey())!] ?? '{}').state?.lessons;
    await expect.poll(danaProgress).toEqual({ [LESSON]: { reached: 1 } });
    expect((await storage(page))['qorgau.progress']).toBe(beforeValue);

    // Two tabs of Dana's profile both write; neither loses the other's step.
    const second = await context.newPage();
    await second.goto(`${baseUrl}#/modules/${M1}/lessons/consent-and-children`);
    await button(second, ui('ru', 'lesson', 'continue')).click();
    await button(page, ui('ru', 'lesson', 'continue')).click();
    await expect
      .poll(danaProgress)
      .toEqual({ [LESSON]: { reached: 2 }, [`${M1}/consent-and-children`]: { reached: 1 } });

    // A switch in one tab: the other follows, and both survive a reload apart.
    await second.goto(`${baseUrl}#/progress`);
    const followed = second.waitForEvent('load');
    await switchTo(page, ui('ru', 'profiles', 'unnamed').replace('{{n}}', '1'));
    await followed;
    for (const tab of [page, second]) await expect.poll(() => lang(tab)).toBe('en');
    await second.reload();
    await expect
      .poll(() => second.getByText(bestQuiz('en', 9, 10), { exact: true }).count())
      .toBe(1);
    await switchTo(second, 'Дана');
    await second.goto(`${baseUrl}#/progress`);
    await second.reload();
    await expect.poll(() => lang(second)).toBe('ru');
    expect(await second.getByText(bestQuiz('ru', 9, 10), { exact: true }).count()).toBe(0);
    await second.close();

    // The profiles screen in Kazakh too (the language switch belongs to Dana's profile).
    await page.goto(`${baseUrl}#/profiles`);
    await button(page, 'Қазақша').click();
    await page.getByRole('heading', { level: 1, name: ui('kk', 'profiles', 'title') }).waitFor();
    await expectGoodScreen(page, 'kk', 'profiles screen');
    await button(page, 'Русский').click();
    await page.getByRole('heading', { level: 1, name: ui('ru', 'profiles', 'title') }).waitFor();
    await expectGoodScreen(page, 'ru', 'profiles screen');

    // Delete Dana, after confirming: only her keys go; the course returns to the first profile.
    const card = page.locator('.profile-card', { hasText: 'Дана' });
    await card.getByRole('button', { name: ui('ru', 'profiles', 'delete'), exact: true }).click();
    await expect.poll(() => card.innerText()).toContain(ui('ru', 'profiles', 'deleteYes'));
    await expectNoAxeViolations(page, 'delete confirmation');
    await Promise.all([
      page.waitForEvent('load'),
      card.getByRole('button', { name: ui('ru', 'profiles', 'deleteYes'), exact: true }).click(),
    ]);
    await expect.poll(() => lang(page)).toBe('en');
    const left = await storage(page);
    expect(Object.keys(left).filter((k) => k.startsWith('qorgau.profile.'))).toEqual([]);
    // The first profile, used meanwhile, still holds everything it held before profiles.
    const firstNow = JSON.parse(left['qorgau.progress']!).state;
    expect(firstNow).toMatchObject(beforeProfiles);
    expect(course.offOrigin).toEqual([]);
  });

  it('a guest session keeps nothing on the device', async () => {
    const course = await session.open();
    const { page, baseUrl } = course;
    await returningLearner(page, baseUrl, 'en', beforeValue);
    const before = await storage(page);
    const menu = await openSwitcher(page);
    await Promise.all([
      page.waitForEvent('load'),
      menu.getByRole('button', { name: ui('en', 'profiles', 'switcher.guest') }).click(),
    ]);
    // A guest chooses a language like a first visit, and sees none of the first profile's work.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await button(page, ui('en', 'settings', 'role.skip')).click();
    await page.locator('.site-header').waitFor();
    expect(await page.locator('.profile-switcher summary').textContent()).toBe(
      `${ui('en', 'profiles', 'switcher.label')}: ${ui('en', 'profiles', 'guest')}`,
    );
    await page.goto(`${baseUrl}#/modules/${LESSON.replace('/', '/lessons/')}`);
    await button(page, ui('en', 'lesson', 'continue')).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.goto(`${baseUrl}#/profiles`);
    await page.getByText(ui('en', 'profiles', 'guestNow')).waitFor();
    expect(await storage(page)).toEqual(before);
  });
});

describe('a whole profile as a file', () => {
  it('saved on one browser, opened on a fresh one, reproduces the progress; a tampered file is refused', async () => {
    const first = await session.open();
    await returningLearner(first.page, first.baseUrl, 'en', beforeValue);
    await first.page.goto(`${first.baseUrl}#/progress`);
    await first.page.getByLabel(ui('en', 'progress', 'role.label')).selectOption('police');
    const text = await download(first.page, ui('en', 'progress', 'transfer.save'));
    const file = JSON.parse(text) as { state: unknown; profile: unknown; seal: string };
    expect(file.profile).toMatchObject({ locale: 'en', role: 'police' });
    expect(file.seal).toMatch(/^[0-9A-Z]{26}$/);

    const fresh = await session.open();
    const { page, baseUrl } = fresh;
    await chooseLanguage(page, baseUrl, 'en', '#/progress');
    const load = ui('en', 'progress', 'transfer.load');

    const tampered = structuredClone(file) as { state: typeof beforeProfiles };
    tampered.state.quizzes[M1]!.history[0]!.score = 10;
    tampered.state.quizzes[M1]!.history[0]!.missed = [];
    const refusals: [string, string, string][] = [
      ['edited.json', JSON.stringify(tampered), 'transfer.refused.tampered'],
      ['cut.json', text.slice(0, 300), 'transfer.refused.truncated'],
      ['future.json', JSON.stringify({ ...file, version: 99 }), 'transfer.refused.newerVersion'],
    ];
    for (const [name, body, reason] of refusals) {
      await openFile(page, load, name, body);
      const expected = ui('en', 'progress', reason).replace('{{name}}', name);
      await expect
        .poll(() => page.getByRole('alert').innerText(), { message: name })
        .toBe(expected);
      expect(
        JSON.parse((await storage(page))['qorgau.progress'] ?? '{"state":{"lessons":{}}}').state
          .lessons,
      ).toEqual({});
    }

    await openFile(page, load, 'mine.json', text);
    const preview = page.getByRole('group', {
      name: ui('en', 'progress', 'transfer.preview.heading').replace('{{name}}', 'mine.json'),
    });
    await expect.poll(() => preview.innerText()).toContain('1 lesson completed');
    expect(await preview.innerText()).toContain('1 module quiz result');
    // Nothing has changed before the learner confirms.
    expect(await page.getByText(bestQuiz('en', 9, 10), { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the preview of a file to open');
    await button(page, ui('en', 'progress', 'transfer.preview.confirm')).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain(ui('en', 'progress', 'transfer.loaded').replace('{{name}}', 'mine.json'));
    await expect.poll(() => page.getByText(bestQuiz('en', 9, 10), { exact: true }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByText(bestQuiz('en', 9, 10), { exact: true }).count()).toBe(1);
    const saved = JSON.parse((await storage(page))['qorgau.progress']!).state;
    expect(saved.lessons).toEqual(beforeProfiles.lessons);
    expect(saved.quizzes[M1]).toEqual(beforeProfiles.quizzes[M1]);
    expect(JSON.parse((await storage(page))['qorgau.settings']!).state.role).toBe('police');
  });
});

/** Every step of every written module done, and the final assessment passed with 18 of 20. */
async function completedCourse() {
  const at = '2026-11-27T10:00:00.000Z';
  const state = { lessons: {}, quizzes: {}, scenarios: {} } as {
    lessons: Record<string, unknown>;
    quizzes: Record<string, unknown>;
    scenarios: Record<string, unknown>;
  };
  const quizResult = (score: number, max: number) => ({
    at,
    score,
    max,
    passed: true,
    missed: [],
    met: [],
    recognised: [],
  });
  for (const m of await writtenModules()) {
    for (const l of m.lessons)
      state.lessons[`${m.id}/${l.id}`] = { reached: l.sections - 1, completedAt: at };
    for (const s of m.scenarios)
      state.scenarios[`${m.id}/${s.id}`] = {
        history: [
          { at, ending: 'end', rating: 'good', score: 4, choices: ['a'], met: [], recognised: [] },
        ],
      };
    if (m.quiz) state.quizzes[m.id] = { history: [quizResult(m.quiz.draw, m.quiz.draw)] };
  }
  state.quizzes['@assessment'] = {
    history: [{ ...quizResult(18, 20), at: '2026-11-28T10:00:00.000Z', missed: ['a/b', 'a/c'] }],
  };
  return state;
}

/** Pages in a PDF Chromium wrote: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('certificate', () => {
  it('says what is missing before the path is done, with links', async () => {
    const course = await session.open();
    const { page, baseUrl } = course;
    await returningLearner(page, baseUrl, 'ru', beforeValue);
    await page.goto(`${baseUrl}#/certificate`);
    await page
      .getByRole('heading', { level: 2, name: ui('ru', 'certificate', 'missing.heading') })
      .waitFor();
    const link = page.getByRole('link', { name: ui('ru', 'certificate', 'missing.assessment') });
    expect(await link.getAttribute('href')).toBe('#/assessment');
    await expect.poll(() => page.locator('.missing-module li a').count()).toBeGreaterThan(3);
    await expectGoodScreen(page, 'ru', 'certificate, still to do');
  });

  it('prints on one A4 page in each language, and its code checks against the profile file', async () => {
    const course = await session.open();
    const { page, baseUrl } = course;
    const progress = JSON.stringify({ state: await completedCourse(), version: 3 });
    let code = '';
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await returningLearner(page, baseUrl, locale, progress);
      await page.evaluate(
        (l) =>
          localStorage.setItem(
            'qorgau.settings',
            JSON.stringify({
              state: { locale: l, role: 'social-worker', name: 'Айгерим Серікқызы' },
              version: 2,
            }),
          ),
        locale,
      );
      await page.goto(`${baseUrl}#/certificate`);
      await page.reload();
      const sheet = page.locator('article.certificate');
      await sheet.waitFor();
      await expect
        .poll(() => page.locator('.certificate-code').innerText())
        .toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      const shown = await page.locator('.certificate-code').innerText();
      // The code is made of ids, not words: the same in every language.
      if (code) expect(shown).toBe(code);
      code = shown;
      expect(await sheet.innerText()).toContain('Айгерим Серікқызы');
      expect(await sheet.innerText()).toContain(ui(locale, 'certificate', 'heading'));
      await expectGoodScreen(page, locale, 'certificate');
      const pdf = await page.pdf({
        format: 'A4',
        landscape: true,
        preferCSSPageSize: true,
        printBackground: true,
      });
      expect(pageCount(pdf), `pages printed in ${locale}`).toBe(1);
    }
    // The count is real: the same sheet made taller than a page prints on two.
    await page
      .locator('article.certificate')
      .evaluate((el: HTMLElement) => (el.style.paddingBottom = '200mm'));
    const tall = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    expect(pageCount(tall)).toBeGreaterThan(1);

    // The check: the code against the learner's profile file; a wrong code does not match.
    await page.goto(`${baseUrl}#/progress`);
    const text = await download(page, ui('en', 'progress', 'transfer.save'));
    await page.goto(`${baseUrl}#/certificate`);
    const codeField = page.getByLabel(ui('en', 'certificate', 'check.codeLabel'), { exact: true });
    const open = ui('en', 'certificate', 'check.open');
    await codeField.fill(code.toLowerCase());
    await openFile(page, open, 'aigerim.json', text);
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('matches aigerim.json: Айгерим Серікқызы'));
    await codeField.fill('ABCDE-FGHJK');
    await openFile(page, open, 'aigerim.json', text);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('does not match aigerim.json');
    await expectNoAxeViolations(page, 'certificate check');
  });
});
