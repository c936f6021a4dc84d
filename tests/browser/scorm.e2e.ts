/**
 * The SCORM 1.2 package in a real SCORM 1.2 runtime: scorm-again's Scorm12API on a small LMS page
 * that frames the unzipped package, as Moodle's player does. The LMS page keeps the runtime's cmi
 * in its own storage on every commit and finish, and loads it back (as "resume") after a reload —
 * what an LMS server does between sessions.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { ModuleContent } from '../../src/content/types';
import { courseSession, expectNoAxeViolations } from './browser';
import { courseManifest, moduleContent, writtenModules } from './course-data';
import { answerQuestion, button, readLesson, ui } from './flows';
import { serveDirectory } from './static-server';

const zipFile = path.resolve(__dirname, '../../dist-scorm/qorgau-scorm12.zip');
const runtime = path.resolve(__dirname, '../../node_modules/scorm-again/dist/scorm12.min.js');
const session = courseSession();

/** The LMS page: the runtime, the cmi it kept, the package in a frame. */
const HOST_SCRIPT = `
const kept = JSON.parse(localStorage.getItem('lms.cmi') || 'null');
window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
if (kept) {
  window.API.loadFromJSON(kept.cmi);
  if (kept.exit === 'suspend') window.API.cmi.core.entry = 'resume';
}
window.calls = [];
// cmi.core.exit is write-only for the course's side of the API: the LMS hears it as it is set.
let exit = '';
window.API.on('LMSSetValue.cmi.core.exit', (_element, value) => { exit = value; });
const keep = () => {
  const get = (e) => window.API.getCMIValue(e);
  localStorage.setItem('lms.cmi', JSON.stringify({
    cmi: { suspend_data: get('cmi.suspend_data'), core: { lesson_location: get('cmi.core.lesson_location'),
      lesson_status: get('cmi.core.lesson_status'),
      score: { raw: get('cmi.core.score.raw'), min: get('cmi.core.score.min'), max: get('cmi.core.score.max') } } },
    exit,
    finishes: calls.filter((c) => c === 'LMSFinish').length,
  }));
};
for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) window.API.on(name, () => calls.push(name));
window.API.on('LMSCommit', keep);
window.API.on('LMSFinish', keep);
`;
const HOST_PAGE = `<!doctype html><html lang="en"><title>LMS</title>
<script src="scorm12.min.js"></script><script src="host.js"></script>
<iframe src="package/index.html" title="Qorgau" style="width:100%;height:90vh"></iframe></html>`;

async function lms() {
  if (!existsSync(zipFile))
    throw new Error(
      'No SCORM package in dist-scorm/. Run `npm run build:scorm` first (npm test does this).',
    );
  const dir = mkdtempSync(path.join(tmpdir(), 'qorgau-lms-'));
  const files = unzipSync(readFileSync(zipFile));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'package', name)), { recursive: true });
    writeFileSync(path.join(dir, 'package', name), data);
  }
  copyFileSync(runtime, path.join(dir, 'scorm12.min.js'));
  writeFileSync(path.join(dir, 'host.js'), HOST_SCRIPT);
  writeFileSync(path.join(dir, 'lms.html'), HOST_PAGE);
  writeFileSync(path.join(dir, 'blank.html'), '<!doctype html><title>LMS home</title>');
  const server = await serveDirectory(dir);
  session.onCleanup(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const course = await session.open({ baseUrl: server.url });
  return { ...course, files, host: `${server.url}lms.html` };
}

const frameOf = (page: Page): Frame => {
  const frame = page.frames().find((f) => f.url().includes('/package/'));
  if (!frame) throw new Error('The package is not framed');
  return frame;
};
/** What the runtime holds (the LMS's view). */
const cmi = (page: Page, element: string) =>
  page.evaluate(
    (e) =>
      (window as unknown as { API: { getCMIValue: (e: string) => string } }).API.getCMIValue(e),
    element,
  );
const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: string[] }).calls);

describe('the SCORM 1.2 package', () => {
  it('is a package an LMS accepts: imsmanifest.xml at the root, one SCO, every file listed', async () => {
    const { files } = await lms();
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(manifest).toContain('<schema>ADL SCORM</schema>');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
    expect(manifest).toContain('href="index.html"');
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'imsmanifest.xml')
        .sort(),
    );
    expect(Object.keys(files)).not.toContain('sw.js');
  });

  it('reports progress, completion and score to the LMS and resumes from it after a reload', async () => {
    const { page, host, offOrigin } = await lms();
    const first = (await writtenModules())[0]!;
    // Someone else's progress on this computer, under the LMS's own address: never shown here.
    const someoneElse = JSON.stringify({
      state: {
        lessons: {
          [`${first.id}/${first.lessons[1]!.id}`]: {
            reached: 3,
            completedAt: '2026-01-01T00:00:00.000Z',
          },
        },
        quizzes: {},
        scenarios: {},
      },
      version: 3,
    });
    await page.goto(host.replace('lms.html', 'blank.html'));
    await page.evaluate((p) => {
      localStorage.setItem('qorgau.progress', p);
      // The device last used another profile: inside the LMS it is not used either.
      localStorage.setItem('qorgau.current-profile', JSON.stringify({ id: 'pother1', at: 1 }));
      localStorage.setItem(
        'qorgau.profile.pother1.settings',
        JSON.stringify({ state: {}, version: 2 }),
      );
      localStorage.setItem('qorgau.profile.pother1.progress', p);
    }, someoneElse);
    await page.goto(host);
    let frame = frameOf(page);
    await frame.getByRole('button', { name: 'English', exact: true }).click();
    await button(frame as unknown as Page, ui('en', 'settings', 'role.skip')).click();
    await expect.poll(() => calls(page)).toContain('LMSInitialize');
    await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
    await expect
      .poll(() => frame.locator('.site-footer').innerText())
      .toContain(ui('en', 'common', 'footer.lms'));

    // Progress: a lesson read to the end, kept in suspend_data (and not on the device).
    const lesson = first.lessons[0]!;
    await frame.evaluate(
      (h) => (window.location.hash = h),
      `#/modules/${first.id}/lessons/${lesson.id}`,
    );
    await readLesson(frame as unknown as Page, 'en', lesson.sections);
    await expect.poll(async () => (await cmi(page, 'cmi.suspend_data')).length).toBeGreaterThan(0);
    expect((await cmi(page, 'cmi.suspend_data')).length).toBeLessThanOrEqual(4096);
    expect(await cmi(page, 'cmi.core.lesson_location')).toBe(
      `/modules/${first.id}/lessons/${lesson.id}`,
    );
    expect(await frame.evaluate(() => localStorage.getItem('qorgau.progress'))).toBe(someoneElse);
    expect(
      await frame.evaluate(() => localStorage.getItem('qorgau.profile.pother1.progress')),
    ).toBe(someoneElse);
    // The LMS's learner is the learner: no profile switching inside it (the header is long loaded).
    expect(await frame.locator('.profile-switcher').count()).toBe(0);

    // The final assessment, every answer right: passed, 100 out of 100.
    const bank: ModuleContent = {
      ...(await moduleContent(first.id, 'en')),
      quiz: {
        draw: 0,
        passMark: 0,
        questions: (
          await Promise.all((await writtenModules()).map((m) => moduleContent(m.id, 'en')))
        ).flatMap((m) => m.quiz?.questions ?? []),
      },
    };
    await frame.evaluate(() => (window.location.hash = '#/assessment'));
    await button(frame as unknown as Page, ui('en', 'quiz', 'start')).click();
    const { draw } = (await courseManifest()).assessment;
    for (let i = 0; i < draw; i++) {
      await answerQuestion(frame as unknown as Page, 'en', bank);
      await button(
        frame as unknown as Page,
        ui('en', 'quiz', i === draw - 1 ? 'seeResult' : 'next'),
      ).click();
    }
    await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('passed');
    expect(await cmi(page, 'cmi.core.score.raw')).toBe('100');
    expect(await cmi(page, 'cmi.core.score.min')).toBe('0');
    expect(await cmi(page, 'cmi.core.score.max')).toBe('100');
    // The result was committed at once, not only when the learner leaves.
    expect(await calls(page)).toContain('LMSCommit');

    // Leaving: committed and finished once; back again: the LMS's progress, where they stopped.
    await page.reload();
    const before = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('lms.cmi'))) ?? '{}',
    ) as {
      exit?: string;
      finishes?: number;
    };
    expect(before.exit).toBe('suspend');
    expect(before.finishes).toBe(1);
    frame = frameOf(page);
    await expect.poll(() => cmi(page, 'cmi.core.entry')).toBe('resume');
    await expect.poll(() => frame.evaluate(() => window.location.hash)).toBe('#/assessment');
    await frame.evaluate(() => (window.location.hash = '#/progress'));
    await expect
      .poll(() => frame.getByRole('heading', { level: 1 }).innerText())
      .toBe(ui('en', 'progress', 'title'));
    await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('passed');
    // The lesson read before the reload counts again (it came back from suspend_data).
    const steps = first.lessons.length + first.scenarios.length + (first.quiz ? 1 : 0);
    await frame.evaluate(() => (window.location.hash = '#/'));
    await expect
      .poll(() => frame.locator('main').innerText())
      .toContain(
        ui('en', 'catalog', 'progressValue')
          .replace('{{done}}', '1')
          .replace('{{total}}', String(steps)),
      );
    expect(await frame.evaluate(() => localStorage.getItem('qorgau.progress'))).toBe(someoneElse);
    await expectNoAxeViolations(page, 'the course home in the LMS frame');
    expect(offOrigin).toEqual([]);
  });
});
