/**
 * Every exercise screen in every language: each question type before and after checking, the
 * progress screen with the indicator profile, and the final assessment — zero axe violations and
 * no word outside the language.
 */
import { beforeEach, describe, expect, it } from 'vitest';

import { LOCALES, type Locale } from '../../src/content/locales';
import { courseSession, expectGoodScreen, returningLearner, type Course } from './browser';
import { moduleContent, oneOfEachType, progressWithAttempt } from './course-data';
import { button, submitAnswer, ui } from './flows';

const session = courseSession();
let course: Course;
beforeEach(async () => {
  course = await session.open();
});

describe.each(LOCALES)('exercise screens in %s', (locale: Locale) => {
  it('have no accessibility violations and speak only that language', async () => {
    const { page, baseUrl } = course;
    const content = await moduleContent('what-is-trafficking', locale);
    const questions = oneOfEachType(content);
    const check = (where: string) => expectGoodScreen(page, locale, where);
    await returningLearner(
      page,
      baseUrl,
      locale,
      progressWithAttempt(
        'what-is-trafficking',
        questions.map((q) => q.id),
      ),
    );
    await page.goto(`${baseUrl}#/modules/what-is-trafficking/quiz`);

    for (const [i, question] of questions.entries()) {
      await expect
        .poll(() => page.locator('legend.question-prompt').innerText())
        .toBe(question.prompt);
      await check(`${question.type} question`);
      await submitAnswer(page, locale, question, question.type !== 'spot');
      await check(`${question.type} feedback`);
      await button(
        page,
        ui(locale, 'quiz', i === questions.length - 1 ? 'seeResult' : 'next'),
      ).click();
    }
    await expect
      .poll(() => page.getByRole('heading', { name: ui(locale, 'quiz', 'passedHeading') }).count())
      .toBe(1);
    await check('quiz result');

    await page
      .getByRole('link', { name: ui(locale, 'common', 'nav.progress'), exact: true })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(ui(locale, 'progress', 'title'));
    await check('progress and indicator profile');

    await page
      .getByRole('link', { name: ui(locale, 'common', 'nav.assessment'), exact: true })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(ui(locale, 'quiz', 'assessmentTitle'));
    await check('final assessment intro');
    await button(page, ui(locale, 'quiz', 'start')).click();
    await expect.poll(() => page.locator('legend.question-prompt').count()).toBe(1);
    await check('final assessment question');
    expect(course.offOrigin).toEqual([]);
  });
});
