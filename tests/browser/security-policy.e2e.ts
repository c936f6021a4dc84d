/**
 * The strict Content-Security-Policy holds on every screen in every language: no screen does
 * anything the policy blocks (an inline style, a string made into script, a request elsewhere).
 * The screens are read from the app's route table and filled in from the compiled course, so a
 * screen added later is visited without editing this test.
 */
import { describe, expect, it } from 'vitest';

import { LOCALES, type Locale } from '../../src/content/locales';
import { paths } from '../../src/lib/paths';
import { CSP } from '../../vite.config';
import { courseSession, returningLearner } from './browser';
import { courseManifest } from './course-data';

const session = courseSession();

/** Every route pattern the app knows (src/lib/paths.ts; src/app/routes.tsx gives each a screen). */
function routePatterns(): string[] {
  return Object.values(paths).map((route) => route.pattern);
}

/** Each pattern with its parameters filled in from the course, every value of each. */
async function screens(): Promise<string[]> {
  const manifest = await courseManifest();
  const modules = manifest.modules.filter((m) => m.status === 'ready');
  const values: Record<string, (moduleId: string) => string[]> = {
    lessonId: (id) => modules.find((m) => m.id === id)?.lessons.map((l) => l.id) ?? [],
    scenarioId: (id) => modules.find((m) => m.id === id)?.scenarios.map((s) => s.id) ?? [],
  };
  const found: string[] = [];
  for (const pattern of routePatterns()) {
    const params = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
    const unknown = params.filter((p) => p !== 'moduleId' && !values[p]);
    if (unknown.length > 0)
      throw new Error(
        `Route "${pattern}": tell this test which values :${unknown.join(', :')} takes`,
      );
    if (params.length === 0) {
      found.push(`#${pattern}`);
      continue;
    }
    for (const m of modules) {
      const other = params.find((p) => p !== 'moduleId');
      const fill = (value?: string) =>
        `#${pattern.replace(':moduleId', m.id).replace(`:${other}`, value ?? '')}`;
      if (!other) found.push(fill());
      else for (const value of values[other]!(m.id)) found.push(fill(value));
    }
  }
  return found;
}

it('the built course sends exactly the policy agreed in issue 7', async () => {
  const course = await session.open();
  const { page, baseUrl } = course;
  await page.goto(baseUrl);
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toBe(CSP);
  for (const directive of [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
  ])
    expect(meta).toContain(directive);
  expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|blob:/);
});

describe.each(LOCALES)('every screen in %s', (locale: Locale) => {
  it('reports no Content-Security-Policy violation', async () => {
    const list = await screens();
    expect(list.length).toBeGreaterThanOrEqual(12);
    const course = await session.open();
    const { page, baseUrl } = course;
    await returningLearner(page, baseUrl, locale);
    for (const hash of list) {
      await page.goto(`${baseUrl}${hash}`);
      await expect.poll(() => page.locator('main h1').count(), { message: hash }).toBe(1);
      // Let lazy parts (the offline status, the service worker) start as well.
      await page.waitForTimeout(200);
      expect(course.cspViolations, `policy violations on ${hash} (${locale})`).toEqual([]);
    }
    expect(course.offOrigin).toEqual([]);
  });
});
