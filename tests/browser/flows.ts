/** What a learner does, step by step, in the words on the screen. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import type { Locale } from '../../src/content/locales';
import type { ModuleContent, Question } from '../../src/content/types';

type Strings = Record<string, Record<string, unknown>>;

/** A UI string as the learner sees it, e.g. ui('kk', 'lesson', 'continue'). */
export function ui(locale: Locale, namespace: string, key: string): string {
  const file = path.resolve(__dirname, `../../src/i18n/locales/${locale}/${namespace}.json`);
  const strings = JSON.parse(readFileSync(file, 'utf8')) as Strings;
  const value = key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], strings);
  if (typeof value !== 'string') throw new Error(`No UI string ${locale}/${namespace}/${key}`);
  return value;
}

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Reads a lesson section by section and finishes it. */
export async function readLesson(
  page: Page,
  locale: Locale,
  sections: number,
  check?: (step: string) => Promise<void>,
) {
  for (let i = 1; i < sections; i++) {
    await button(page, ui(locale, 'lesson', 'continue')).click();
    await expect.poll(() => page.locator('.lesson-section:not(.print-only)').count()).toBe(i + 1);
    if (i === 1 && check) await check(`lesson section ${i + 1}`);
  }
  await button(page, ui(locale, 'lesson', 'finish')).click();
  await expect
    .poll(() =>
      page.getByRole('heading', { name: ui(locale, 'lesson', 'completeHeading') }).count(),
    )
    .toBe(1);
}

/** Plays a scenario by choosing the given choice texts in order. */
export async function playScenario(
  page: Page,
  locale: Locale,
  choices: string[],
  check?: (step: string) => Promise<void>,
) {
  await button(page, ui(locale, 'scenario', 'start')).click();
  for (const [i, text] of choices.entries()) {
    await button(page, text).click();
    await expect
      .poll(() => page.getByRole('heading', { name: ui(locale, 'scenario', 'youChose') }).count())
      .toBe(1);
    if (i === 0 && check) await check('scenario feedback');
    await button(page, ui(locale, 'scenario', 'continue')).click();
  }
}

export function questionFor(content: ModuleContent, prompt: string): Question {
  const question = content.quiz?.questions.find((q) => q.prompt === prompt.trim());
  if (!question) throw new Error(`No question with the prompt "${prompt}"`);
  return question;
}

/** The labels to select for a choice question (single, multiple, true/false). */
export function correctLabels(question: Question, locale: Locale): string[] {
  if (question.type === 'true-false')
    return [ui(locale, 'quiz', question.answer ? 'true' : 'false')];
  if (question.type === 'single' || question.type === 'multiple')
    return question.options.filter((o) => o.correct).map((o) => o.text);
  throw new Error(`${question.id} is not a choice question`);
}

const phraseText = (q: Extract<Question, { type: 'spot' }>, id: string) =>
  (q.passage.find((s) => typeof s !== 'string' && s.phrase === id) as { text: string }).text;

/** Answers the question on screen with the mouse — rightly, or with one deliberate mistake. */
export async function fillAnswer(page: Page, locale: Locale, question: Question, right: boolean) {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      const labels = right
        ? correctLabels(question, locale)
        : question.type === 'true-false'
          ? [ui(locale, 'quiz', question.answer ? 'false' : 'true')]
          : [question.options.find((o) => !o.correct)!.text];
      for (const label of labels) await page.getByLabel(label, { exact: true }).check();
      return;
    }
    case 'matching': {
      const pairs = question.pairs;
      for (const [i, pair] of pairs.entries()) {
        const partner = right ? pair : pairs[(i + 1) % pairs.length]!;
        await page.getByLabel(pair.item, { exact: true }).selectOption({ label: partner.match });
      }
      return;
    }
    case 'categorise':
      for (const [i, card] of question.cards.entries()) {
        const wrong = question.categories.find((c) => c.id !== card.category)!;
        const category =
          right || i > 0 ? question.categories.find((c) => c.id === card.category)! : wrong;
        await page
          .getByRole('group', { name: card.text, exact: true })
          .getByLabel(category.name, { exact: true })
          .check();
      }
      return;
    case 'spot': {
      const marks = right
        ? question.phrases.filter((p) => p.indicator)
        : [question.phrases.find((p) => !p.indicator)!];
      for (const p of marks)
        await page.getByRole('button', { name: phraseText(question, p.id), exact: true }).click();
      return;
    }
    case 'ordering': {
      const target = right ? question.steps : [...question.steps].reverse();
      for (const [i, step] of target.entries()) {
        const shown = (await page.locator('.order-text').allInnerTexts()).map((t) => t.trim());
        for (let j = shown.indexOf(step.text); j > i; j--)
          await page
            .getByRole('button', {
              name: ui(locale, 'quiz', 'moveUp').replace('{{item}}', step.text),
              exact: true,
            })
            .click();
      }
      return;
    }
  }
}

/** Answers the given question, rightly or not, checks it and waits for the verdict. */
export async function submitAnswer(page: Page, locale: Locale, question: Question, right = true) {
  await fillAnswer(page, locale, question, right);
  await button(page, ui(locale, 'quiz', 'check')).click();
  const verdict = ui(locale, 'quiz', right ? 'correct' : 'incorrect');
  await expect
    .poll(() => page.getByRole('heading', { name: verdict, exact: true }).count())
    .toBe(1);
}

/** Answers whichever question of the module is on screen. */
export async function answerQuestion(
  page: Page,
  locale: Locale,
  content: ModuleContent,
  right = true,
) {
  const question = questionFor(content, await page.locator('legend.question-prompt').innerText());
  await submitAnswer(page, locale, question, right);
  return question;
}

/** Takes a whole quiz attempt, answering every question correctly. */
export async function takeQuiz(
  page: Page,
  locale: Locale,
  content: ModuleContent,
  check?: (step: string) => Promise<void>,
) {
  await button(page, ui(locale, 'quiz', 'start')).click();
  const total = content.quiz?.draw ?? 0;
  for (let i = 0; i < total; i++) {
    await answerQuestion(page, locale, content);
    if (i === 0 && check) await check('quiz feedback');
    await button(page, ui(locale, 'quiz', i === total - 1 ? 'seeResult' : 'next')).click();
  }
  await expect
    .poll(() => page.getByRole('heading', { name: ui(locale, 'quiz', 'passedHeading') }).count())
    .toBe(1);
}
