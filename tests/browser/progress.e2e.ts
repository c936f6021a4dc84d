/**
 * Saved progress as a learner meets it: it survives a reload, a change of language, a corrupt
 * saved value (set aside, never deleted) and a browser that refuses storage.
 */
import { describe, expect, it } from 'vitest';

import { chooseLanguage, expectNoAxeViolations, courseSession, type Course } from './browser';
import { moduleContent } from './course-data';
import { answerQuestion, button, ui } from './flows';

const M1 = '#/modules/what-is-trafficking';
const session = courseSession();
let course: Course;

const h1 = (c: Course) => c.page.getByRole('heading', { level: 1 });
const saved = (c: Course, key: string) => c.page.evaluate((k) => localStorage.getItem(k), key);

describe('saved progress', () => {
  it('resumes a lesson, a quiz and a scenario half-way through after a reload', async () => {
    course = await session.open();
    const { page, baseUrl } = course;
    const content = await moduleContent('what-is-trafficking', 'en');
    await chooseLanguage(page, baseUrl, 'en', `${M1}/lessons/act-means-purpose`);

    await button(page, ui('en', 'lesson', 'continue')).click();
    await button(page, ui('en', 'lesson', 'continue')).click();
    await page.reload();
    await expect.poll(() => page.locator('.lesson-section:not(.print-only)').count()).toBe(3);
    await expect.poll(() => page.getByText('Part 3 of 4', { exact: true }).count()).toBe(1);

    await page.goto(`${baseUrl}${M1}/quiz`);
    await button(page, ui('en', 'quiz', 'start')).click();
    for (let i = 0; i < 2; i++) {
      await answerQuestion(page, 'en', content, i === 0);
      await button(page, ui('en', 'quiz', 'next')).click();
    }
    const third = await page.locator('legend.question-prompt').innerText();
    await page.reload();
    await expect
      .poll(() =>
        page.getByRole('heading', { name: `Question 3 of ${content.quiz!.draw}` }).count(),
      )
      .toBe(1);
    expect(await page.locator('legend.question-prompt').innerText()).toBe(third);

    const scenario = content.scenarios[0]!;
    await page.goto(`${baseUrl}${M1}/scenarios/${scenario.id}`);
    await button(page, ui('en', 'scenario', 'start')).click();
    await page.locator('.choice-button').first().click();
    await button(page, ui('en', 'scenario', 'continue')).click();
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Decision 2' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Course', exact: true }).first().click();
    const resume = page.getByRole('link', { name: `Continue: ${scenario.title}` });
    await resume.click();
    await expect.poll(() => h1(course).innerText()).toBe(scenario.title);
    await expect.poll(() => page.getByRole('heading', { name: 'Decision 2' }).count()).toBe(1);
    expect(course.offOrigin).toEqual([]);
  });

  it('keeps all progress when the language changes, and the page follows the choice', async () => {
    course = await session.open();
    const { page, baseUrl } = course;
    await chooseLanguage(page, baseUrl, 'en', `${M1}/lessons/act-means-purpose`);
    for (let i = 0; i < 3; i++) await button(page, ui('en', 'lesson', 'continue')).click();
    await button(page, ui('en', 'lesson', 'finish')).click();

    await button(page, 'Қазақша').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('kk');
    const kk = await moduleContent('what-is-trafficking', 'kk');
    await expect.poll(() => h1(course).innerText()).toBe(kk.lessons[0]!.title);
    await expect
      .poll(() =>
        page.getByRole('heading', { name: ui('kk', 'lesson', 'completeHeading') }).count(),
      )
      .toBe(1);
    expect(await button(page, 'Қазақша').getAttribute('aria-pressed')).toBe('true');

    await page
      .getByRole('link', { name: ui('kk', 'common', 'nav.course'), exact: true })
      .first()
      .click();
    // One lesson done out of every lesson, scenario and the quiz, rounded down as the bar shows it.
    const items = kk.lessons.length + kk.scenarios.length + (kk.quiz ? 1 : 0);
    const oneDone = String(Math.floor(100 / items));
    const bar = page.getByRole('progressbar', { name: new RegExp(kk.title) });
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe(oneDone);
    await button(page, 'Русский').click();
    const ru = await moduleContent('what-is-trafficking', 'ru');
    await expect
      .poll(() =>
        page.getByRole('progressbar', { name: new RegExp(ru.title) }).getAttribute('aria-valuenow'),
      )
      .toBe(oneDone);
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
  });

  it('sets a corrupt saved record aside, tells the learner, and carries on saving', async () => {
    course = await session.open();
    const { page, baseUrl } = course;
    await page.goto(baseUrl);
    const corrupt = '{"state": {"lessons": 12}, "version": 1';
    await page.evaluate((raw) => {
      localStorage.setItem(
        'qorgau.settings',
        JSON.stringify({ state: { locale: 'en' }, version: 1 }),
      );
      localStorage.setItem('qorgau.progress', raw);
    }, corrupt);
    await page.reload();

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain(ui('en', 'progress', 'storage.setAside'));
    const asideKeys = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('qorgau.progress.set-aside.')),
    );
    expect(asideKeys).toHaveLength(1);
    expect(await saved(course, asideKeys[0]!)).toBe(corrupt);
    await expectNoAxeViolations(page, 'course home with the storage notice');

    const download = page.waitForEvent('download');
    await button(page, ui('en', 'progress', 'storage.download')).click();
    expect((await download).suggestedFilename()).toMatch(/^qorgau-set-aside-.*\.json$/);

    await page.goto(`${baseUrl}${M1}/lessons/act-means-purpose`);
    await button(page, ui('en', 'lesson', 'continue')).click();
    await expect
      .poll(async () => JSON.parse((await saved(course, 'qorgau.progress')) ?? '{}').state?.lessons)
      .toEqual({
        'what-is-trafficking/act-means-purpose': { reached: 1 },
      });
    expect(await saved(course, asideKeys[0]!)).toBe(corrupt);
  });

  it('runs in memory and says so when the browser refuses storage', async () => {
    course = await session.open({
      initScript: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`,
    });
    const { page, baseUrl } = course;
    await chooseLanguage(page, baseUrl, 'ru', `${M1}/lessons/act-means-purpose`);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain(ui('ru', 'progress', 'storage.memoryOnly'));
    await button(page, ui('ru', 'lesson', 'continue')).click();
    await expect.poll(() => page.locator('.lesson-section:not(.print-only)').count()).toBe(2);
    await expectNoAxeViolations(page, 'lesson with storage refused');
  });
});
