/**
 * Where service workers are unavailable — plain http on a seminar room's LAN address, some private
 * modes, a worker blocked by policy — the course runs as usual and the offline screen says how to
 * get offline use: the hosted https address or the one-file version.
 */
import { describe, expect, it } from 'vitest';

import { courseSession, returningLearner, type Course } from './browser';
import { moduleContent } from './course-data';
import { ui } from './flows';

const session = courseSession();

const WITHOUT_WORKERS: Record<string, string> = {
  // What Chromium itself does outside a secure context: the property is not there at all.
  'removed (plain http on a LAN address)':
    'delete Navigator.prototype.serviceWorker; delete navigator.serviceWorker;',
  'refusing to register (a policy or private mode)': `
    Object.defineProperty(navigator.serviceWorker, 'register', {
      value: () => Promise.reject(new DOMException('Blocked', 'SecurityError')),
    });`,
  'registering nothing (a blocked worker)': `
    Object.defineProperty(navigator.serviceWorker, 'register', {
      value: () => Promise.resolve(undefined),
    });`,
};

/** Uncaught errors and rejections, which the page would otherwise only print. */
async function openWithout(initScript: string): Promise<Course & { errors: string[] }> {
  const course = await session.open({ initScript });
  const errors: string[] = [];
  course.page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  course.page.on('pageerror', (e) => errors.push(e.message));
  return { ...course, errors };
}

describe.each(Object.entries(WITHOUT_WORKERS))('service worker %s', (_name, initScript) => {
  it('the course still works and the offline screen says where offline use is possible', async () => {
    const course = await openWithout(initScript);
    const { page, baseUrl } = course;
    await returningLearner(page, baseUrl, 'ru');
    const content = await moduleContent('what-is-trafficking', 'ru');
    await page.goto(`${baseUrl}#/modules/what-is-trafficking/lessons/${content.lessons[0]!.id}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(content.lessons[0]!.title);

    await page.goto(`${baseUrl}#/offline`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(ui('ru', 'offline', 'title'));
    await expect.poll(() => page.getByText(ui('ru', 'offline', 'notSupported')).count()).toBe(1);
    // The message names both ways to offline use (checked on the English text, which spells the
    // address scheme; the other languages say "secure address").
    expect(ui('en', 'offline', 'notSupported')).toMatch(/https:\/\/.*single-file version/);
    expect(
      await page.getByRole('button', { name: ui('ru', 'offline', 'checkUpdate') }).count(),
    ).toBe(0);
    expect(course.errors).toEqual([]);
    expect(course.cspViolations).toEqual([]);
  });
});
