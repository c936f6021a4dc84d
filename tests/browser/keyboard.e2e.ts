/**
 * Every question type and a case scenario, done with the keyboard alone: focus follows each step,
 * results are announced, wrong answers explain themselves, and the indicator profile records both.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

import type { Question } from '../../src/content/types';
import { expectNoAxeViolations, courseSession, returningLearner, type Course } from './browser';
import {
  bestPath,
  indicatorName,
  moduleContent,
  moduleScenarios,
  oneOfEachType,
  progressWithAttempt,
} from './course-data';
import { correctLabels, ui } from './flows';

const session = courseSession();
let course: Course;

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.closest('label')?.innerText ?? '';
    return {
      text: (el?.getAttribute('aria-label') || el?.innerText || label).trim(),
      tag: el?.tagName ?? '',
    };
  });

async function tabTo(
  page: Page,
  wanted: (f: { text: string; tag: string }) => boolean,
  limit = 60,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error('Could not reach the control with Tab');
}

const press = async (page: Page, key: string, times: number) => {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
};

/** Answers by keyboard; the spot question gets one deliberate mistake. */
async function answerByKeyboard(page: Page, question: Question) {
  switch (question.type) {
    case 'single':
    case 'true-false': {
      const labels = (await page.locator('.choice label').allInnerTexts()).map((t) => t.trim());
      const target = labels.indexOf(correctLabels(question, 'kk')[0]!);
      await page.keyboard.press('Tab');
      if (target === 0) await page.keyboard.press('Space');
      await press(page, 'ArrowDown', target);
      return;
    }
    case 'multiple': {
      const wanted = correctLabels(question, 'kk');
      for (const label of (await page.locator('.choice label').allInnerTexts()).map((t) =>
        t.trim(),
      )) {
        await tabTo(page, (f) => f.text === label);
        if (wanted.includes(label)) await page.keyboard.press('Space');
      }
      return;
    }
    case 'matching':
      for (const pair of question.pairs) {
        await tabTo(page, (f) => f.tag === 'SELECT');
        const options = await page.evaluate(() =>
          [...((document.activeElement as HTMLSelectElement).options ?? [])].map((o) => o.text),
        );
        await press(page, 'ArrowDown', options.indexOf(pair.match));
      }
      return;
    case 'categorise':
      for (const legend of await page.locator('.sort-card legend').allInnerTexts()) {
        const card = question.cards.find((c) => c.text === legend.trim())!;
        const index = question.categories.findIndex((c) => c.id === card.category);
        await page.keyboard.press('Tab');
        if (index === 0) await page.keyboard.press('Space');
        await press(page, 'ArrowRight', index);
      }
      return;
    case 'spot': {
      const wrong = question.phrases.find((p) => !p.indicator)!.id;
      const marks = new Set([
        ...question.phrases.filter((p) => p.indicator).map((p) => p.id),
        wrong,
      ]);
      for (const segment of question.passage) {
        if (typeof segment === 'string') continue;
        await tabTo(page, (f) => f.text === segment.text);
        if (marks.has(segment.phrase)) await page.keyboard.press('Space');
      }
      return;
    }
    case 'ordering':
      for (const [i, step] of question.steps.entries()) {
        const shown = (await page.locator('.order-text').allInnerTexts()).map((t) => t.trim());
        const at = shown.indexOf(step.text);
        if (at === i) continue;
        const up = ui('kk', 'quiz', 'moveUp').replace('{{item}}', step.text);
        await tabTo(page, (f) => f.text === up);
        await press(page, 'Enter', at - i);
      }
      return;
  }
}

/** Met and recognised counts of debt bondage on the progress screen. */
async function debtBondageCounts(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}#/progress`);
  const row = page.getByRole('row', {
    name: new RegExp(`^${await indicatorName('debt-bondage', 'kk')}`),
  });
  await expect.poll(() => row.count()).toBe(1);
  const cells = await row.getByRole('cell').allInnerTexts();
  return { met: Number(cells[0]), recognised: Number(cells[1]) };
}

it('does every question type and a scenario by keyboard alone, and the profile records both', async () => {
  course = await session.open({ browserLocale: 'kk-KZ' });
  const { page, baseUrl } = course;
  const content = await moduleContent('what-is-trafficking', 'kk');
  const questions = oneOfEachType(content);
  await returningLearner(
    page,
    baseUrl,
    'kk',
    progressWithAttempt(
      'what-is-trafficking',
      questions.map((q) => q.id),
    ),
  );
  await page.goto(`${baseUrl}#/modules/what-is-trafficking/quiz`);

  for (const [i, question] of questions.entries()) {
    const heading = ui('kk', 'quiz', 'questionOf')
      .replace('{{current}}', String(i + 1))
      .replace('{{total}}', '7');
    await expect.poll(() => page.getByRole('heading', { name: heading }).count()).toBe(1);
    expect((await page.locator('legend.question-prompt').innerText()).trim()).toBe(question.prompt);

    await answerByKeyboard(page, question);
    await tabTo(page, (f) => f.text === ui('kk', 'quiz', 'check'));
    await page.keyboard.press('Enter');

    const verdict = ui('kk', 'quiz', question.type === 'spot' ? 'incorrect' : 'correct');
    await expect.poll(async () => (await focused(page)).text).toBe(verdict);
    // The focused verdict is its one announcement: the live region does not say it again.
    expect(await page.locator('[aria-live="polite"]').innerText()).not.toContain(verdict);
    if (question.type === 'spot') {
      // The wrong mark explains itself, and the indicators found are counted.
      await expect
        .poll(() => page.getByText(ui('kk', 'quiz', 'phraseNotIndicator')).count())
        .toBe(1);
      const wrong = question.phrases.find((p) => !p.indicator)!;
      expect(await page.getByText(wrong.feedback).count()).toBe(1);
    }
    await tabTo(
      page,
      (f) => f.text === ui('kk', 'quiz', i === questions.length - 1 ? 'seeResult' : 'next'),
    );
    await page.keyboard.press('Enter');
  }
  // Six of seven right is 86%, over the 80% pass mark.
  await expect.poll(async () => (await focused(page)).text).toBe(ui('kk', 'quiz', 'passedHeading'));
  await expectNoAxeViolations(page, 'quiz result (keyboard, kk)');
  const afterQuiz = await debtBondageCounts(page, baseUrl);
  // Debt bondage came up in the quiz (the spot question among others) and was recognised each time.
  expect(afterQuiz.met).toBeGreaterThanOrEqual(2);
  expect(afterQuiz.recognised).toBe(afterQuiz.met);

  const [scenario] = await moduleScenarios('what-is-trafficking', 'kk');
  await page.goto(`${baseUrl}#/modules/what-is-trafficking/scenarios/${scenario!.id}`);
  // Tab only once the screen is there: on a busy machine its code can take longer than 60 presses.
  await page.getByRole('heading', { level: 1, name: scenario!.title }).waitFor();
  await tabTo(page, (f) => f.text === ui('kk', 'scenario', 'start'));
  await page.keyboard.press('Enter');
  for (const choice of bestPath(scenario!)) {
    await tabTo(page, (f) => f.text === choice);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await focused(page)).text)
      .toBe(ui('kk', 'scenario', 'youChose'));
    await tabTo(page, (f) => f.text === ui('kk', 'scenario', 'continue'));
    await page.keyboard.press('Enter');
  }
  await expect
    .poll(async () => (await focused(page)).text)
    .toBe(ui('kk', 'scenario', 'rating.good'));
  await expect
    .poll(() =>
      page.getByRole('heading', { name: ui('kk', 'scenario', 'goodResponseHeading') }).count(),
    )
    .toBe(1);
  await expectNoAxeViolations(page, 'scenario debrief (keyboard, kk)');

  await tabTo(page, (f) => f.text === ui('kk', 'common', 'nav.progress'));
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).innerText())
    .toBe(ui('kk', 'progress', 'title'));
  // The scenario's good path recognised debt bondage too: the profile counts it once more.
  const row = page.getByRole('row', {
    name: new RegExp(`^${await indicatorName('debt-bondage', 'kk')}`),
  });
  const cells = await row.getByRole('cell').allInnerTexts();
  expect({ met: Number(cells[0]), recognised: Number(cells[1]) }).toEqual({
    met: afterQuiz.met + 1,
    recognised: afterQuiz.recognised + 1,
  });
  await expectNoAxeViolations(page, 'progress with indicator profile (kk)');
});
