/**
 * Seminar mode as a trainer uses it: the projector and the presenter window in step through a
 * whole case driven from the keyboard, hosted and from file://; the room's votes decide the path
 * and the trainer can override them; nothing is revealed early; group results from files.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { LOCALES, type Locale } from '../../src/content/locales';
import type { ScenarioContent } from '../../src/content/types';
import { replay } from '../../src/content/scenario-engine';
import { resultFileText, type ResultFile } from '../../src/lib/result-file';
import { courseSession, expectGoodScreen } from './browser';
import { moduleContent, moduleScenarios } from './course-data';
import { button, ui } from './flows';

const session = courseSession();
const MODULE = 'what-is-trafficking';

/** Saved settings and a one-item plan (the module's first case), before the app starts. */
function seminarInit(locale: Locale, scenarioId: string) {
  const plan = {
    sessions: [
      {
        title: '',
        theme: 'what-it-is',
        items: [{ kind: 'scenario', moduleId: MODULE, id: scenarioId, minutes: 25 }],
      },
    ],
  };
  return `if (!localStorage.getItem('qorgau.settings')) {
    localStorage.setItem('qorgau.settings', ${JSON.stringify(JSON.stringify({ state: { locale, role: 'teacher' }, version: 1 }))});
    localStorage.setItem('qorgau.seminar', ${JSON.stringify(JSON.stringify({ state: { plan }, version: 1 }))});
  }`;
}

const stageHeading = (page: Page) => page.locator('#stage-heading').textContent();
const shownChoices = (page: Page) =>
  page.locator('.stage-options > li .option-text').allTextContents();

/** Text and accessibility tree of the projector hold nothing the trainer has not revealed. */
async function expectNothingRevealed(
  page: Page,
  scenario: ScenarioContent,
  choices: string[],
  locale: Locale,
) {
  const node = scenario.nodes[replay(scenario, choices).current.id];
  if (node?.type !== 'situation') return;
  const text =
    (await page.locator('body').innerText()) + (await page.locator('body').ariaSnapshot());
  for (const c of node.choices) expect(text).not.toContain(c.feedback.slice(0, 60));
  for (const key of ['roomChose', 'trainerChose', 'whatFollowed', 'indicatorsHere'])
    expect(text).not.toContain(ui(locale, 'seminar', key));
  for (const score of [0, 1, 2])
    expect(text).not.toContain(
      ui(locale, 'seminar', 'choiceScore').replace('{{score}}', String(score)),
    );
}

async function runWholeCase(baseUrl: string, locale: Locale) {
  const scenario = (await moduleScenarios(MODULE, locale))[0] as ScenarioContent;
  const course = await session.open({ baseUrl, initScript: seminarInit(locale, scenario.id) });
  const { page, context } = course;
  await page.goto(`${baseUrl}#/seminar/run`);
  await expect.poll(() => page.locator('h1').textContent()).toBe(scenario.title);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    button(page, ui(locale, 'seminar', 'openPresenter')).click(),
  ]);
  await expect
    .poll(() => presenter.locator('h1').textContent())
    .toBe(ui(locale, 'seminar', 'presenterTitle'));

  const taken: string[] = [];
  for (let step = 0; replay(scenario, taken).current.type === 'situation'; step++) {
    const node = replay(scenario, taken).current;
    if (node.type !== 'situation') break;
    await expect.poll(() => stageHeading(presenter)).toBe(await stageHeading(page));
    const shown = await shownChoices(page);
    const byText = (text: string) => node.choices.find((c) => c.text === text)?.id ?? '';
    await expectNothingRevealed(page, scenario, taken, locale);
    await page.locator('#stage-heading').focus();
    // Decision 1: the room's majority decides. Decision 2: the trainer overrides the room.
    await page.keyboard.press('Digit2');
    await page.keyboard.press('Digit2');
    await page.keyboard.press('Digit1');
    let expected = byText(shown[1] ?? '');
    if (step === 1) {
      await presenter.getByLabel(ui(locale, 'seminar', 'override')).selectOption({ index: 1 });
      expected = byText(shown[0] ?? '');
      // The projector has the trainer's choice before the reveal (a person takes longer than this).
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('qorgau.seminar')))
        .toContain(`"override":"${expected}"`);
    }
    await page.keyboard.press('PageDown');
    const verdict = ui(locale, 'seminar', step === 1 ? 'trainerChose' : 'roomChose');
    await expect
      .poll(() => presenter.locator('.is-chosen .option-verdict').textContent())
      .toBe(verdict);
    await expect
      .poll(() => page.locator('.is-chosen .option-text').textContent())
      .toBe(node.choices.find((c) => c.id === expected)?.text);
    await page.keyboard.press('PageDown');
    taken.push(expected);
  }
  const ending = replay(scenario, taken).current;
  if (ending.type !== 'ending') throw new Error('the case did not end');
  const rating = ui(locale, 'seminar', `rating.${ending.rating}`);
  await expect.poll(() => stageHeading(page)).toBe(rating);
  await expect.poll(() => stageHeading(presenter)).toBe(rating);
  // A reload of either window loses nothing.
  await page.reload();
  await expect.poll(() => stageHeading(page)).toBe(rating);
  await presenter.reload();
  await expect.poll(() => stageHeading(presenter)).toBe(rating);
  return { page, presenter };
}

describe('seminar mode', () => {
  it('keeps the projector and the presenter in step through a whole case, by keyboard', async () => {
    const { page, presenter } = await runWholeCase(inject('baseUrl'), 'en');
    await expectGoodScreen(presenter, 'en', 'presenter window');
    // B blanks the projector; the presenter says so.
    await page.keyboard.press('KeyB');
    await expect.poll(() => page.locator('.blanked').count()).toBe(1);
    await expect.poll(() => presenter.locator('.blanked-note').count()).toBe(1);
  });

  it('works the same from the one-file build opened from file://', async () => {
    const single = path.resolve(__dirname, '../../dist-single/qorgau.html');
    if (!existsSync(single))
      throw new Error(
        'No single-file build. Run `npm run build:kolibri` first (npm test does this).',
      );
    await runWholeCase(pathToFileURL(single).href, 'ru');
  });

  it.each(LOCALES)('shows every seminar screen in %s with zero axe violations', async (locale) => {
    const baseUrl = inject('baseUrl');
    const scenario = (await moduleScenarios(MODULE, locale))[0] as ScenarioContent;
    const { page } = await session.open({ baseUrl, initScript: seminarInit(locale, scenario.id) });
    const screens: [string, string][] = [
      ['#/seminar', ui(locale, 'seminar', 'planTitle')],
      ['#/seminar/run', scenario.title],
      ['#/seminar/presenter', ui(locale, 'seminar', 'presenterTitle')],
      ['#/seminar/results', ui(locale, 'seminar', 'resultsTitle')],
    ];
    for (const [hash, title] of screens) {
      await page.goto(`${baseUrl}${hash}`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(title);
      await expectGoodScreen(page, locale, hash);
    }
  });
});

describe('group results', () => {
  const result = (
    id: string,
    missed: string[],
    recognised: string[],
    asked: string[],
  ): ResultFile => ({
    kind: 'qorgau-result',
    version: 1,
    id,
    createdAt: '2026-12-01T09:00:00.000Z',
    quizzes: [
      {
        key: MODULE,
        at: '2026-12-01T09:30:00.000Z',
        asked,
        score: asked.length - missed.length,
        max: asked.length,
        passed: (asked.length - missed.length) / asked.length >= 0.8,
        missed,
        met: ['debt-bondage'],
        recognised,
      },
    ],
    scenarios: [],
  });

  it('counts good files, names each bad one with its reason, and shows the gain', async () => {
    const baseUrl = inject('baseUrl');
    const content = await moduleContent(MODULE, 'en');
    const asked = (content.quiz?.questions ?? []).slice(0, 5).map((q) => q.id);
    const scenario = (await moduleScenarios(MODULE, 'en'))[0] as ScenarioContent;
    const { page } = await session.open({ baseUrl, initScript: seminarInit('en', scenario.id) });
    await page.goto(`${baseUrl}#/seminar/results`);
    const text = (r: ResultFile) => resultFileText(r);
    const before = [
      {
        name: 'anna.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text(result('a', asked.slice(0, 3), [], asked))),
      },
      {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"kind":"qorgau-result",'),
      },
      {
        name: 'other.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          text({
            ...result('o', [], [], asked),
            quizzes: [{ ...result('o', [], [], asked).quizzes[0]!, key: 'another-course' }],
          }),
        ),
      },
    ];
    const after = [
      {
        name: 'anna-after.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text(result('b', [], ['debt-bondage'], asked))),
      },
    ];
    const inputs = page.locator('input[type=file]');
    await inputs.nth(0).setInputFiles(before);
    await expect
      .poll(() =>
        page.getByText(ui('en', 'seminar', 'participants_one').replace('{{count}}', '1')).count(),
      )
      .toBe(1);
    await expect
      .poll(() => page.locator('.skipped li').allTextContents())
      .toEqual([
        ui('en', 'seminar', 'skipped.not-json').replace('{{name}}', 'broken.json'),
        ui('en', 'seminar', 'skipped.other-course').replace('{{name}}', 'other.json'),
      ]);
    // 3 of 5 questions missed before: the quiz row says 2 of 5.
    const row = (heading: string) =>
      page
        .locator('section', {
          has: page.getByRole('heading', { name: ui('en', 'seminar', heading) }),
        })
        .getByRole('row', { name: content.title });
    await expect.poll(() => row('quizScores').textContent()).toContain('2 of 5');
    await inputs.nth(1).setInputFiles(after);
    await expect.poll(() => row('gainModules').textContent()).toContain('+60 percentage points');
  });
});
