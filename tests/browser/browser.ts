/** Opens the built course in a fresh headless Chromium profile and records what it requests. */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

import type { Locale } from '../../src/content/locales';
import { CHROMIUM_ARGS } from './chromium';
import { foreignWords as wordsNotIn } from './languages';

export interface Course {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Every request that went anywhere but the course's own origin. */
  offOrigin: string[];
  /** Every Content-Security-Policy (and Trusted Types) violation reported, in any frame. */
  cspViolations: string[];
  close: () => Promise<void>;
}

export async function openCourse(
  options: {
    browserLocale?: string;
    initScript?: string;
    baseUrl?: string;
    /** Windows High Contrast and the like: the page gets system colours. */
    forcedColors?: boolean;
    /** False: the page as a browser with scripting turned off (or before any script) shows it. */
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    /** More Chromium switches for this launch (a fake camera, say). */
    args?: string[];
  } = {},
): Promise<Course> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const profile = mkdtempSync(path.join(tmpdir(), 'qorgau-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromium'),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    locale: options.browserLocale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    forcedColors: options.forcedColors ? 'active' : 'none',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const cspViolations = await recordCspViolations(context);
  if (options.initScript) await context.addInitScript(options.initScript);
  const origin = new URL(baseUrl).origin;
  const offOrigin: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url) && !url.startsWith(baseUrl))
      offOrigin.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    throw error;
  });
  return {
    page,
    context,
    baseUrl,
    offOrigin,
    cspViolations,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Listens for what the policy blocks: the `securitypolicyviolation` event in every frame (set up
 * before any page script runs) and the console messages Chromium writes for blocked resources.
 */
async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__qorgauCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __qorgauCspViolation?: (text: string) => void })
          .__qorgauCspViolation;
        report?.(
          `${e.effectiveDirective} blocked ${e.blockedURI || e.sample} at ${e.sourceFile}:${e.lineNumber}`,
        );
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (/Content Security Policy|requires 'Trusted|Trusted Type/i.test(message.text()))
      violations.push(`console: ${message.text()}`);
  });
  return violations;
}

/** Zero axe-core violations (WCAG 2.2 A and AA rules) on the screen as it is now. */
export async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/**
 * Words on screen that are not in the page's language (see languages.ts). Elements marked with
 * another `lang` (the language buttons, `:ru[…]` phrases) and addresses marked translate="no" are
 * the only exceptions. Every text node counts, shown or not: a lesson's later sections and the
 * printed parts are in the page too.
 */
export async function foreignWords(page: Page, locale: Locale): Promise<string[]> {
  const text = await page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const skipped = (el: Element | null): boolean =>
      !!el?.closest(`[translate="no"], script, style, noscript, [lang]:not([lang="${pageLang}"])`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!skipped(node.parentElement)) texts.push(node.nodeValue ?? '');
    // One text node per line: words in different elements are never glued into one.
    return texts.join('\n');
  });
  return wordsNotIn(text, locale);
}

export async function expectOnlyLanguage(page: Page, locale: Locale, where: string) {
  expect(await foreignWords(page, locale), `words not in ${locale} on ${where}`).toEqual([]);
}

/**
 * The first visit: the language chooser, then the role question (skipped unless a role name is
 * given, as the learner sees it), then the course in that language.
 */
export async function chooseLanguage(
  page: Page,
  baseUrl: string,
  locale: Locale,
  hash = '#/',
  role?: string,
) {
  const names: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('button', { name: names[locale], exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
  const strings = JSON.parse(
    readFileSync(path.resolve(__dirname, `../../src/i18n/locales/${locale}/settings.json`), 'utf8'),
  ) as { role: { heading: string; skip: string; save: string } };
  await page.getByRole('heading', { level: 1, name: strings.role.heading }).waitFor();
  if (role) {
    await page.getByLabel(role, { exact: true }).check();
    await page.getByRole('button', { name: strings.role.save, exact: true }).click();
  } else await page.getByRole('button', { name: strings.role.skip, exact: true }).click();
  await page.locator('.site-header').waitFor();
}

/**
 * A returning learner: the course's own saved settings (and progress, if given) are in the
 * browser before the app starts.
 */
export async function returningLearner(
  page: Page,
  baseUrl: string,
  locale: Locale,
  progress?: string,
) {
  await page.goto(baseUrl);
  await page.evaluate(
    ([l, p]) => {
      localStorage.setItem('qorgau.settings', JSON.stringify({ state: { locale: l }, version: 1 }));
      if (p) localStorage.setItem('qorgau.progress', p);
    },
    [locale, progress ?? ''],
  );
  await page.reload();
}

/**
 * Courses opened by a test file, closed after each test together with anything else registered
 * (a static server, a temporary folder); every test also fails on a policy violation.
 */
export function courseSession() {
  let courses: Course[] = [];
  let cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    // Whatever a test does, the strict security policy must never have had to block anything.
    const violations = courses.flatMap((c) => c.cspViolations);
    for (const course of courses) await course.close();
    for (const cleanup of cleanups) await cleanup();
    courses = [];
    cleanups = [];
    expect(violations, 'Content-Security-Policy violations during this test').toEqual([]);
  });
  return {
    open: async (options?: Parameters<typeof openCourse>[0]) => {
      const course = await openCourse(options);
      courses.push(course);
      return course;
    },
    onCleanup: (cleanup: () => Promise<void> | void) => void cleanups.push(cleanup),
  };
}

/**
 * One course for a whole test file, for tests that walk many screens: opened before the first test,
 * closed after the last. Tests in the file share its profile (and saved progress).
 */
export function sharedCourse(options?: Parameters<typeof openCourse>[0]): () => Course {
  let course: Course | undefined;
  beforeAll(async () => {
    course = await openCourse(options);
  });
  afterAll(async () => {
    await course?.close();
  });
  return () => {
    if (!course) throw new Error('The shared course is opened before the first test');
    return course;
  };
}

/** What every screen must pass: zero axe violations and no word outside its language. */
export async function expectGoodScreen(page: Page, locale: Locale, where: string) {
  await expectNoAxeViolations(page, `${where} (${locale})`);
  await expectOnlyLanguage(page, locale, where);
}
