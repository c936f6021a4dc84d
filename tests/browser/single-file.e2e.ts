/**
 * The one-file build made from a lesson that mentions `<!-- <script>`: the HTML parser must not
 * take it for markup, so the file still opens from file:// and shows that lesson, under a policy
 * that allows nothing but its own script and styles.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chooseLanguage, courseSession } from './browser';

const root = path.resolve(__dirname, '../..');
const LESSON = 'modules/01-what-is-trafficking/lessons/act-means-purpose.en.md';
const TRICKY = 'In a web page, `<!-- <script>` starts a comment and a script.';

let work: string;
let html: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'qorgau-single-'));
  const content = path.join(work, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  const lesson = path.join(content, LESSON);
  // The sentence goes into the lesson's first section, which opens first.
  const text = readFileSync(lesson, 'utf8').replace(/\n\n/, `\n\n${TRICKY}\n\n`);
  writeFileSync(lesson, text);
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/build-single.ts',
      '--content',
      content,
      '--out',
      path.join(work, 'out'),
    ],
    { cwd: root, stdio: 'pipe' },
  );
  html = path.join(work, 'out', 'qorgau.html');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const session = courseSession();

describe('the one-file course with "<!-- <script>" in a lesson', () => {
  it('has exactly one script, which ends where the course code ends', () => {
    const page = readFileSync(html, 'utf8');
    expect(page.match(/<script\b/gi)).toHaveLength(1);
    expect(page.match(/<\/script\s*>/gi)).toHaveLength(1);
    expect(page).not.toContain('<!--');
  });

  it('opens from file:// and shows the lesson with that text, with no policy violation', async () => {
    const fileUrl = pathToFileURL(html).href;
    const course = await session.open({ baseUrl: fileUrl });
    const { page } = course;
    await chooseLanguage(
      page,
      fileUrl,
      'en',
      '#/modules/what-is-trafficking/lessons/act-means-purpose',
    );
    await expect.poll(() => page.getByText('<!-- <script>').count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).not.toBe('');
    expect(course.cspViolations).toEqual([]);
    expect(course.offOrigin).toEqual([]);
  });
});
