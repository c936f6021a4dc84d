/**
 * The installed course offline: after one visit the service worker holds the whole course, every
 * module in every language; a new version waits and never reloads the page in the middle of a quiz.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

import { chooseLanguage, expectNoAxeViolations, courseSession, type Course } from './browser';
import { moduleContent } from './course-data';
import { answerQuestion, button, ui } from './flows';
import { serveDirectory } from './static-server';

const root = path.resolve(__dirname, '../..');
const session = courseSession();
let course: Course;

const controlled = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
      timeout: 30_000,
    })
    .toBe(true);

it('is installable: a linked web app manifest with name, colours and icons that load', async () => {
  course = await session.open();
  const { page, baseUrl } = course;
  await page.goto(baseUrl);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href as string);
  expect(manifest).toMatchObject({ short_name: 'Qorgau', display: 'standalone', start_url: './' });
  expect(manifest.theme_color).toMatch(/^#/);
  const sizes = (manifest.icons as { sizes: string; src: string }[]).map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string }[])
    expect(await page.evaluate(async (src) => (await fetch(src)).status, icon.src)).toBe(200);
});

it('works offline after the first visit: a lesson and a scenario never opened, in each language', async () => {
  course = await session.open();
  const { page, baseUrl } = course;
  await chooseLanguage(page, baseUrl, 'en');
  await controlled(page);

  await course.context.setOffline(true);
  await page.reload();
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: ui('en', 'offline', 'offlineBadge') })
        .count(),
    )
    .toBe(1);
  for (const locale of ['kk', 'ru', 'en'] as const) {
    const content = await moduleContent('what-is-trafficking', locale);
    const lesson = content.lessons[2]!;
    await page.goto(`${baseUrl}#/modules/what-is-trafficking/lessons/${lesson.id}`);
    const names = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
    await button(page, names[locale]).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(lesson.title);
    await expect
      .poll(() => page.locator('.lesson-section:not(.print-only) h2').first().innerText())
      .toBe(lesson.sections[0]!.heading);
    // Each scenario travels in a chunk of its own: one never opened opens offline too.
    const scenario = content.scenarios.at(-1)!;
    await page.goto(`${baseUrl}#/modules/what-is-trafficking/scenarios/${scenario.id}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(scenario.title);
    await expect.poll(() => button(page, ui(locale, 'scenario', 'start')).count()).toBe(1);
  }
  await page.goto(`${baseUrl}#/offline`);
  await expect
    .poll(() =>
      page.getByText(/^The whole course, in all three languages, is stored on this device/).count(),
    )
    .toBe(1);
  await expectNoAxeViolations(page, 'use offline screen');
});

it('keeps a new version waiting during a quiz and offers it afterwards', async () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'qorgau-site-')), 'site');
  cpSync(path.join(root, 'dist'), dir, { recursive: true });
  const server = await serveDirectory(dir);
  session.onCleanup(async () => {
    await server.close();
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });
  course = await session.open({ baseUrl: server.url });
  const { page, baseUrl } = course;
  await chooseLanguage(page, baseUrl, 'en', '#/modules/what-is-trafficking/quiz');
  await controlled(page);
  const content = await moduleContent('what-is-trafficking', 'en');
  await button(page, ui('en', 'quiz', 'start')).click();
  await answerQuestion(page, 'en', content);
  await button(page, ui('en', 'quiz', 'next')).click();
  const question = await page.locator('legend.question-prompt').innerText();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  // Publish a new version, and let the browser find it.
  const sw = path.join(dir, 'sw.js');
  writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// a new version\n`);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);

  // Still the same page, the same question, and no offer to update in the middle of the quiz.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(await page.locator('legend.question-prompt').innerText()).toBe(question);
  expect(await page.getByText(ui('en', 'offline', 'updateReady')).count()).toBe(0);

  await page
    .getByRole('link', { name: ui('en', 'common', 'nav.course'), exact: true })
    .first()
    .click();
  await expect.poll(() => page.getByText(ui('en', 'offline', 'updateReady')).count()).toBe(1);
  await button(page, ui('en', 'offline', 'updateNow')).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { marker?: number }).marker ?? null))
    .toBeNull();
  await expect
    .poll(() =>
      page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)),
      ),
    )
    .toBe(false);
  // The attempt under way survived the update.
  await page.goto(`${baseUrl}#/modules/what-is-trafficking/quiz`);
  await expect.poll(() => page.locator('legend.question-prompt').innerText()).toBe(question);
});
