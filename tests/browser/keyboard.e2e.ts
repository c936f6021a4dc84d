/** The module quiz, done with the keyboard alone: focus follows each step and results are announced. */
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';

import { chooseLanguage, expectNoAxeViolations, openCourse, type Course } from './browser';
import { moduleContent } from './course-data';
import { correctLabels, ui } from './flows';

let course: Course | undefined;
afterEach(async () => {
  await course?.close();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.closest('label')?.innerText ?? '';
    return {
      tag: el?.tagName ?? '',
      text: (el?.innerText || label).trim(),
      type: (el as HTMLInputElement)?.type ?? '',
    };
  });

async function tabTo(
  page: Page,
  predicate: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 40,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (predicate(await focused(page))) return;
  }
  throw new Error('Could not reach the control by Tab');
}

it('takes the whole Module 1 quiz by keyboard alone, in Kazakh', async () => {
  course = await openCourse({ browserLocale: 'kk-KZ' });
  const { page, baseUrl } = course;
  const content = await moduleContent('what-is-trafficking', 'kk');
  await chooseLanguage(page, baseUrl, 'kk', '#/modules/what-is-trafficking/quiz');

  await tabTo(page, (f) => f.text === ui('kk', 'quiz', 'start'));
  await page.keyboard.press('Enter');
  const total = content.quiz!.draw;
  for (let n = 1; n <= total; n++) {
    const heading = ui('kk', 'quiz', 'questionOf')
      .replace('{{current}}', String(n))
      .replace('{{total}}', String(total));
    await expect.poll(async () => (await focused(page)).text).toBe(heading);

    const prompt = (await page.locator('legend').innerText()).trim();
    const question = content.quiz!.questions.find((q) => q.prompt === prompt)!;
    const wanted = correctLabels(question, 'kk');
    const labels = (await page.locator('.choice label').allInnerTexts()).map((t) => t.trim());
    if (question.type === 'multiple') {
      for (const label of labels) {
        await tabTo(page, (f) => f.text === label);
        if (wanted.includes(label)) await page.keyboard.press('Space');
      }
    } else {
      await page.keyboard.press('Tab');
      const target = labels.indexOf(wanted[0]!);
      if (target === 0) await page.keyboard.press('Space');
      for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, (f) => f.text === ui('kk', 'quiz', 'check'));
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await focused(page)).text).toBe(ui('kk', 'quiz', 'correct'));
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain(ui('kk', 'quiz', 'correct'));
    if (n === 1) await expectNoAxeViolations(page, 'quiz feedback (keyboard, kk)');
    await tabTo(page, (f) => f.text === ui('kk', 'quiz', n === total ? 'seeResult' : 'next'));
    await page.keyboard.press('Enter');
  }
  await expect.poll(async () => (await focused(page)).text).toBe(ui('kk', 'quiz', 'passedHeading'));
  await expect
    .poll(() => page.getByRole('status').first().innerText())
    .toContain(
      ui('kk', 'quiz', 'passedAnnouncement')
        .replace('{{score}}', String(total))
        .replace('{{max}}', String(total)),
    );
  await expectNoAxeViolations(page, 'quiz result (keyboard, kk)');
});
