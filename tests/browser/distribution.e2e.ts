/**
 * The course outside a web server: one HTML file opened from a USB stick (file://), the same file
 * as a Kolibri app in a sandboxed frame, and printed handouts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';

import { LOCALES, type Locale } from '../../src/content/locales';
import {
  chooseLanguage,
  expectNoAxeViolations,
  courseSession,
  expectGoodScreen,
  type Course,
} from './browser';
import { helpContent, moduleContent } from './course-data';
import { button, ui } from './flows';
import { serveDirectory } from './static-server';

const single = path.resolve(__dirname, '../../dist-single');
const session = courseSession();
let course: Course;

function requireSingleBuild() {
  if (
    !existsSync(path.join(single, 'qorgau.html')) ||
    !existsSync(path.join(single, 'qorgau-kolibri.zip'))
  )
    throw new Error(
      'No single-file build in dist-single/. Run `npm run build:kolibri` first (npm test does this).',
    );
}

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++)
    text += `${(await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join(' ')}\n`;
  return squash(text);
}

/** Text without spaces, ligatures unfolded: PDF text runs split words ("tra ffi cking"). */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe('the one-file course', () => {
  it('opens from file://, shows the course and keeps progress across a reload', async () => {
    requireSingleBuild();
    const fileUrl = pathToFileURL(path.join(single, 'qorgau.html')).href;
    course = await session.open({ baseUrl: fileUrl });
    const { page } = course;
    await chooseLanguage(
      page,
      fileUrl,
      'ru',
      '#/modules/what-is-trafficking/lessons/act-means-purpose',
    );
    const lesson = (await moduleContent('what-is-trafficking', 'ru')).lessons[0]!;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(lesson.title);
    await button(page, ui('ru', 'lesson', 'continue')).click();
    await page.reload();
    await expect.poll(() => page.locator('.lesson-section:not(.print-only)').count()).toBe(2);
    await expectNoAxeViolations(page, 'lesson from file://');
    expect(course.offOrigin).toEqual([]);
  });

  it('runs as a Kolibri app in a sandboxed frame, in memory, and says so', async () => {
    requireSingleBuild();
    const files = unzipSync(readFileSync(path.join(single, 'qorgau-kolibri.zip')));
    expect(Object.keys(files)).toEqual(['index.html']);
    const dir = mkdtempSync(path.join(tmpdir(), 'qorgau-kolibri-'));
    writeFileSync(path.join(dir, 'index.html'), files['index.html']!);
    writeFileSync(
      path.join(dir, 'frame.html'),
      '<!doctype html><title>Kolibri</title><iframe sandbox="allow-scripts" src="index.html" style="width:100%;height:90vh" title="Qorgau"></iframe>',
    );
    const server = await serveDirectory(dir);
    session.onCleanup(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });
    course = await session.open({ baseUrl: server.url });
    await course.page.goto(`${server.url}frame.html`);
    const frame = course.page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Қазақша', exact: true }).click();
    await frame
      .getByRole('button', { name: ui('kk', 'settings', 'role.skip'), exact: true })
      .click();
    await expect
      .poll(() => frame.getByRole('alert').innerText())
      .toContain(ui('kk', 'progress', 'storage.memoryOnly'));
    await frame
      .getByRole('link', {
        name: (await moduleContent('what-is-trafficking', 'kk')).title,
        exact: true,
      })
      .click();
    await expect
      .poll(() => frame.getByRole('heading', { level: 1 }).innerText())
      .toBe((await moduleContent('what-is-trafficking', 'kk')).title);
    expect(course.offOrigin).toEqual([]);
  });
});

describe.each(LOCALES)('help and print screens in %s', (locale: Locale) => {
  it('have no accessibility violations and speak only that language', async () => {
    course = await session.open();
    const { page, baseUrl } = course;
    await chooseLanguage(page, baseUrl, locale, '#/help');
    const content = await moduleContent('what-is-trafficking', locale);
    const screens: [string, string][] = [
      ['#/help', ui(locale, 'help', 'title')],
      ['#/help/pocket-card', ui(locale, 'help', 'pocketCard')],
      [
        '#/modules/what-is-trafficking/handout',
        ui(locale, 'help', 'handoutTitle').replace('{{title}}', content.title),
      ],
      [
        `#/modules/what-is-trafficking/scenarios/${content.scenarios[0]!.id}/cards`,
        ui(locale, 'help', 'caseCardsFor').replace('{{title}}', content.scenarios[0]!.title),
      ],
      ['#/offline', ui(locale, 'offline', 'title')],
      // Three languages side by side: the other two are marked with their own lang.
      ['#/glossary', ui(locale, 'glossary', 'title')],
    ];
    for (const [hash, title] of screens) {
      await page.goto(`${baseUrl}${hash}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      await expectGoodScreen(page, locale, hash);
    }
  });
});

describe('printed handouts', () => {
  it.each(['en', 'kk'] as const)(
    'a module handout printed to PDF has the key points and the helplines (%s)',
    async (locale) => {
      course = await session.open();
      const { page, baseUrl } = course;
      await chooseLanguage(page, baseUrl, locale, '#/modules/what-is-trafficking/handout');
      const content = await moduleContent('what-is-trafficking', locale);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).innerText())
        .toContain(content.title);
      await expectNoAxeViolations(page, `handout (${locale})`);
      const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
      for (const point of content.keyPoints) expect(text).toContain(squash(point));
      const help = await helpContent(locale);
      for (const line of help.helplines)
        expect(text).toContain(squash(`${line.number}${line.name}`));
      // The app's chrome is not printed.
      expect(text).not.toContain(squash(ui(locale, 'common', 'skipToContent')));
      expect(text).not.toContain(squash(ui(locale, 'help', 'print')));
    },
  );

  it('prints the pocket card on one page, with the helplines', async () => {
    course = await session.open();
    const { page, baseUrl } = course;
    await chooseLanguage(page, baseUrl, 'kk', '#/help/pocket-card');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(ui('kk', 'help', 'pocketCard'));
    const pdf = await page.pdf({ format: 'A4' });
    expect((await getDocument({ data: new Uint8Array(pdf) }).promise).numPages).toBe(1);
    const text = await pdfText(pdf);
    for (const line of (await helpContent('kk')).helplines)
      expect(text).toContain(squash(`${line.number}${line.name}`));
  });

  it('prints a whole lesson, also the parts not read yet', async () => {
    course = await session.open();
    const { page, baseUrl } = course;
    await chooseLanguage(
      page,
      baseUrl,
      'en',
      '#/modules/what-is-trafficking/lessons/act-means-purpose',
    );
    const lesson = (await moduleContent('what-is-trafficking', 'en')).lessons[0]!;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(lesson.title);
    const text = await pdfText(await page.pdf({ format: 'A4' }));
    for (const section of lesson.sections) expect(text).toContain(squash(section.heading));
  });
});
