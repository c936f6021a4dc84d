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
    await expect.poll(() => page.locator('.lesson-section').count()).toBe(i + 1);
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

function questionFor(content: ModuleContent, prompt: string): Question {
  const question = content.quiz?.questions.find((q) => q.prompt === prompt.trim());
  if (!question) throw new Error(`No question with the prompt "${prompt}"`);
  return question;
}

export function correctLabels(question: Question, locale: Locale): string[] {
  if (question.type === 'true-false')
    return [ui(locale, 'quiz', question.answer ? 'true' : 'false')];
  return question.options.filter((o) => o.correct).map((o) => o.text);
}

export function wrongLabel(question: Question, locale: Locale): string {
  if (question.type === 'true-false') return ui(locale, 'quiz', question.answer ? 'false' : 'true');
  return question.options.find((o) => !o.correct)?.text as string;
}

/** Answers the quiz question on screen, rightly or not, checks it and goes on. */
export async function answerQuestion(
  page: Page,
  locale: Locale,
  content: ModuleContent,
  right = true,
) {
  const prompt = await page.locator('legend').innerText();
  const question = questionFor(content, prompt);
  const labels = right ? correctLabels(question, locale) : [wrongLabel(question, locale)];
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await button(page, ui(locale, 'quiz', 'check')).click();
  const verdict = ui(locale, 'quiz', right ? 'correct' : 'incorrect');
  await expect
    .poll(() => page.getByRole('heading', { name: verdict, exact: true }).count())
    .toBe(1);
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
