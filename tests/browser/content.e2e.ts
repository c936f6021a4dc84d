/**
 * Every written module, read from the course itself (never listed here), in every language: its
 * overview, every lesson, every scenario (played along its best path to the debrief) and its quiz
 * open with zero axe-core violations and show no word of another language. One browser for the
 * file, one page load per language, then hash navigation; axe runs once per screen, the language
 * check on every step.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { LOCALES, type Locale } from '../../src/content/locales';
import { expectGoodScreen, expectOnlyLanguage, returningLearner, sharedCourse } from './browser';
import { bestPath, moduleContent, moduleScenarios, writtenModules } from './course-data';
import { button, ui } from './flows';

const modules = await writtenModules();
const course = sharedCourse();

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

async function open(page: Page, hash: string, title: string) {
  await page.goto(`${course().baseUrl}#${hash}`);
  await expect.poll(() => heading(page)).toBe(title);
}

describe.each(LOCALES)('the written modules in %s', (locale: Locale) => {
  beforeAll(async () => {
    const { page, baseUrl } = course();
    // A fresh learner in this language: nothing saved from the languages tested before.
    await page.goto(baseUrl);
    await page.evaluate(() => localStorage.clear());
    await returningLearner(page, baseUrl, locale);
  });

  it.each(modules.map((m) => [m.number, m.id]))(
    'Module %i (%s): overview, lessons, scenarios and quiz',
    async (_, moduleId) => {
      const { page } = course();
      const content = await moduleContent(moduleId, locale);
      const screen = (where: string) => expectGoodScreen(page, locale, `${moduleId} ${where}`);
      const words = (where: string) => expectOnlyLanguage(page, locale, `${moduleId} ${where}`);
      const base = `/modules/${moduleId}`;

      await open(page, base, content.title);
      await screen('overview');

      // A lesson page holds all its sections (the later ones printed only), so one check covers it.
      for (const lesson of content.lessons) {
        await open(page, `${base}/lessons/${lesson.id}`, lesson.title);
        await expect
          .poll(() => page.locator('.lesson-section').count())
          .toBe(lesson.sections.length);
        await screen(`lesson ${lesson.id}`);
      }

      for (const scenario of await moduleScenarios(moduleId, locale)) {
        const where = `scenario ${scenario.id}`;
        await open(page, `${base}/scenarios/${scenario.id}`, scenario.title);
        await screen(`${where} intro`);
        await button(page, ui(locale, 'scenario', 'start')).click();
        for (const [i, choice] of bestPath(scenario).entries()) {
          await expect.poll(() => button(page, choice).count()).toBe(1);
          await (i === 0 ? screen : words)(`${where} decision ${i + 1}`);
          await button(page, choice).click();
          await expect
            .poll(() =>
              page.getByRole('heading', { name: ui(locale, 'scenario', 'youChose') }).count(),
            )
            .toBe(1);
          await words(`${where} feedback ${i + 1}`);
          await button(page, ui(locale, 'scenario', 'continue')).click();
        }
        await expect
          .poll(() =>
            page.getByRole('heading', { name: ui(locale, 'scenario', 'rating.good') }).count(),
          )
          .toBe(1);
        await screen(`${where} debrief`);
      }

      await open(
        page,
        `${base}/quiz`,
        ui(locale, 'quiz', 'title').replace('{{module}}', content.title),
      );
      await screen('quiz intro');
      await button(page, ui(locale, 'quiz', 'start')).click();
      await expect.poll(() => page.locator('legend.question-prompt').count()).toBe(1);
      await screen('quiz question');

      expect(course().offOrigin).toEqual([]);
    },
  );
});
