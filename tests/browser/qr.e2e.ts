/**
 * Results by QR code, in Chromium with a fake camera playing a video made from the app's own
 * codes: the trainer scans a room (three participants, a code from another app, a changed one)
 * and sees the right group figures; the learner's code, the scan screen and the projector's
 * address code in every language, with zero axe violations.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { blur, frameWithCode, noise, y4m, type Grey } from '../../scripts/bench/qr-frames';
import { LOCALES, type Locale } from '../../src/content/locales';
import { qrMatrix } from '../../src/lib/qr-draw';
import { readQr } from '../../src/lib/qr-read';
import { decodeResult, encodeResult, type CodedResult } from '../../src/lib/result-code';
import { courseSession, expectGoodScreen } from './browser';
import { courseCodebook, courseManifest, moduleContent, moduleScenarios } from './course-data';
import { button, ui } from './flows';

const session = courseSession();
const MODULE = 'what-is-trafficking';
const AT = '2026-12-01T09:30:00.000Z';

/** A module quiz result: five questions asked, the first `missed` of them missed. */
async function quizResult(
  missed: number,
  recognised: boolean,
): Promise<Extract<CodedResult, { kind: 'quiz' }>> {
  const book = await courseCodebook();
  const asked = book.quizzes.find((q) => q.id === MODULE)!.questions.slice(0, 5);
  const indicator = book.indicators[0]!;
  return {
    kind: 'quiz',
    entry: {
      key: MODULE,
      at: AT,
      score: 5 - missed,
      max: 5,
      passed: (5 - missed) / 5 >= 0.8,
      asked,
      missed: asked.slice(0, missed),
      met: [indicator],
      recognised: recognised ? [indicator] : [],
    },
  };
}

const camera = (code: Uint8Array | string): Grey =>
  noise(blur(frameWithCode(qrMatrix(code), { moduleSize: 6, angle: 6 }), 1), 0.01);
const empty: Grey = { width: 640, height: 480, data: new Float32Array(640 * 480).fill(0.85) };

let dir: string;
let video: string;
const fakeCamera = () => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${video}`,
];

/** Three participants' codes in turn, with a stranger's code and a changed one among them. */
beforeAll(async () => {
  const book = await courseCodebook();
  const codes = await Promise.all(
    [
      [0, true],
      [1, false],
      [2, true],
    ].map(async ([missed, recognised], i) =>
      encodeResult(
        await quizResult(missed as number, recognised as boolean),
        { participant: Uint8Array.from([1, 2, 3, i]) },
        book,
      ),
    ),
  );
  const [first, second, third] = codes as Uint8Array[];
  const changed = first!.slice();
  changed[20] = (changed[20]! + 1) % 256;
  dir = mkdtempSync(path.join(tmpdir(), 'qorgau-camera-'));
  video = path.join(dir, 'room.y4m');
  const gap = { image: empty, seconds: 0.4 };
  writeFileSync(
    video,
    y4m(
      [
        { image: camera('https://example.org/boarding-pass'), seconds: 1.2 },
        gap,
        { image: camera(first!), seconds: 1.6 },
        gap,
        { image: camera(changed), seconds: 1.2 },
        gap,
        { image: camera(second!), seconds: 1.6 },
        gap,
        { image: camera(first!), seconds: 1 }, // shown again: not a new participant
        gap,
        { image: camera(third!), seconds: 1.6 },
        gap,
      ],
      5,
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Settings before the app starts, a live-region log, and every camera stream kept for checking. */
const init = (locale: Locale, extra = '') => `
  if (!localStorage.getItem('qorgau.settings'))
    localStorage.setItem('qorgau.settings', ${JSON.stringify(JSON.stringify({ state: { locale, role: 'teacher' }, version: 1 }))});
  ${extra}
  window.__said = [];
  window.__streams = [];
  new MutationObserver(() => {
    for (const region of document.querySelectorAll('[aria-live]')) {
      const text = region.textContent;
      if (text && region.__last !== text) window.__said.push(text);
      region.__last = text;
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  if (navigator.mediaDevices) {
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const stream = await open(c);
      window.__streams.push(stream);
      return stream;
    };
  }`;

const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{{${k}}}`, String(v)), text);

describe('handing in results by QR code', () => {
  it('scans three participants from the camera, names the bad codes and shows the group figures', async () => {
    const baseUrl = inject('baseUrl');
    const { page } = await session.open({ baseUrl, initScript: init('en'), args: fakeCamera() });
    const content = await moduleContent(MODULE, 'en');
    await page.goto(`${baseUrl}#/seminar/results`);
    await button(page, ui('en', 'seminar', 'scan.open'))
      .first()
      .click();
    const participants = (n: number) =>
      fill(ui('en', 'seminar', n === 1 ? 'participants_one' : 'participants_other'), { count: n });
    await expect
      .poll(() => page.getByText(participants(3), { exact: true }).count(), { timeout: 30_000 })
      .toBe(1);
    // 5 + 4 + 3 of 15 answered right.
    const quizRow = page
      .locator('section', {
        has: page.getByRole('heading', { name: ui('en', 'seminar', 'quizScores') }),
      })
      .getByRole('row', { name: content.title });
    await expect.poll(() => quizRow.textContent()).toContain('12 of 15');

    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    const counted = said.filter((s) => s.startsWith('New participant counted'));
    expect(counted).toEqual(
      [1, 2, 3].map((n) =>
        fill(
          ui('en', 'seminar', n === 1 ? 'scan.newParticipant_one' : 'scan.newParticipant_other'),
          {
            count: n,
          },
        ),
      ),
    );
    expect(said).toContain(ui('en', 'seminar', 'scan.refused.other-app'));
    expect(said).toContain(ui('en', 'seminar', 'scan.refused.tampered'));

    // Closing the scanner releases the camera.
    await button(page, ui('en', 'seminar', 'scan.stop')).click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __streams: MediaStream[] }).__streams
            .flatMap((s) => s.getTracks())
            .every((t) => t.readyState === 'ended'),
        ),
      )
      .toBe(true);
    expect(await page.getByText(participants(3), { exact: true }).count()).toBe(1);
  });

  it.each(LOCALES)(
    'shows the learner code, the scanner and the address code in %s',
    async (locale) => {
      const baseUrl = inject('baseUrl');
      const result = await quizResult(1, true);
      // As the progress store keeps it: filed under its key, not carrying it.
      const saved: Record<string, unknown> = { ...result.entry };
      delete saved.key;
      const progress = JSON.stringify({
        state: {
          lessons: {},
          quizzes: { [MODULE]: { history: [saved] } },
          scenarios: {},
        },
        version: 3,
      });
      const scenario = (await moduleScenarios(MODULE, locale))[0]!;
      const plan = {
        sessions: [
          {
            title: '',
            theme: 'what-it-is',
            items: [{ kind: 'scenario', moduleId: MODULE, id: scenario.id, minutes: 25 }],
          },
        ],
      };
      const seed = `if (!localStorage.getItem('qorgau.progress')) {
      localStorage.setItem('qorgau.progress', ${JSON.stringify(progress)});
      localStorage.setItem('qorgau.seminar', ${JSON.stringify(JSON.stringify({ state: { plan }, version: 1 }))});
    }`;
      const { page } = await session.open({
        baseUrl,
        initScript: init(locale, seed),
        args: fakeCamera(),
      });

      // The learner's code: what it holds in words, and the code itself reads back as the result.
      await page.goto(`${baseUrl}#/progress`);
      await button(page, ui(locale, 'progress', 'trainerCode.show')).click();
      const dialog = page.getByRole('dialog', { name: ui(locale, 'qr', 'heading') });
      await dialog.waitFor();
      // Initials in the page's own script (the language check reads every word on screen).
      const initials = locale === 'en' ? 'A.B.' : 'А.Б.';
      await dialog.getByLabel(ui(locale, 'qr', 'initials')).fill(initials);
      await expect
        .poll(() => dialog.getByText(fill(ui(locale, 'qr', 'initialsIn'), { initials })).count())
        .toBe(1);
      await expectGoodScreen(page, locale, 'result code');
      const pixels = await page.locator('img.qr-image').evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth * 4;
        canvas.height = img.naturalHeight * 4;
        const context = canvas.getContext('2d')!;
        context.imageSmoothingEnabled = false;
        context.drawImage(img, 0, 0, canvas.width, canvas.height);
        return {
          width: canvas.width,
          height: canvas.height,
          data: [...context.getImageData(0, 0, canvas.width, canvas.height).data],
        };
      });
      const read = readQr(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
      const decoded = decodeResult(read!.bytes, await courseCodebook(), await courseManifest());
      expect(decoded.ok && decoded.file.label).toBe(initials);
      expect(decoded.ok && decoded.file.quizzes[0]?.missed).toEqual(result.entry.missed);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);

      // The trainer's scanner, camera on.
      await page.goto(`${baseUrl}#/seminar/results`);
      await button(page, ui(locale, 'seminar', 'scan.open'))
        .first()
        .click();
      await page.locator('video.scan-video').waitFor();
      await expectGoodScreen(page, locale, 'scanner');

      // The projector's address code points at the learner's own screen for the same case.
      await page.goto(`${baseUrl}#/seminar/run`);
      await button(page, ui(locale, 'seminar', 'address.show')).click();
      const address = page.getByRole('dialog', { name: ui(locale, 'seminar', 'address.heading') });
      await expect
        .poll(() => address.locator('.address-code-url').textContent())
        .toBe(`${baseUrl}#/modules/${MODULE}/scenarios/${scenario.id}`);
      // Served from 127.0.0.1 here: the screen says phones cannot reach it.
      await expect
        .poll(() => address.getByText(ui(locale, 'seminar', 'address.local')).count())
        .toBe(1);
      await expectGoodScreen(page, locale, 'projector address code');
    },
  );
});
