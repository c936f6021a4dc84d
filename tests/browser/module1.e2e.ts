/**
 * Module 1 end to end, once in each language: a learner chooses the language, reads every lesson,
 * plays every scenario, passes the quiz — and sees only their language, with zero axe violations on
 * every screen and no request leaving the course's origin.
 */
import { beforeEach, describe, expect, it } from 'vitest';

import { LOCALES, type Locale } from '../../src/content/locales';
import { chooseLanguage, courseSession, expectGoodScreen, type Course } from './browser';
import { bestPath, moduleContent, moduleScenarios } from './course-data';
import { button, playScenario, readLesson, takeQuiz, ui } from './flows';

const session = courseSession();
let course: Course;
beforeEach(async () => {
  course = await session.open();
});

describe.each(LOCALES)('Module 1 in %s', (locale: Locale) => {
  it('can be taken end to end in that language alone', async () => {
    const { page, baseUrl } = course;
    const content = await moduleContent('what-is-trafficking', locale);
    const screen = (where: string) => expectGoodScreen(page, locale, where);

    await chooseLanguage(page, baseUrl, locale);
    const bar = page.getByRole('progressbar', { name: new RegExp(content.title) });
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('0');
    await screen('course home');

    await page.getByRole('link', { name: content.title, exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(content.title);
    await screen('module overview');

    for (const lesson of content.lessons) {
      await page.goto(`${baseUrl}#/modules/what-is-trafficking/lessons/${lesson.id}`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).innerText())
        .toBe(lesson.title);
      await readLesson(page, locale, lesson.sections.length, screen);
      await screen(`lesson ${lesson.id} complete`);
    }

    for (const scenario of await moduleScenarios('what-is-trafficking', locale)) {
      await page
        .getByRole('link', {
          name: ui(locale, 'common', 'nextItem').replace('{{title}}', scenario.title),
        })
        .click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).innerText())
        .toBe(scenario.title);
      await screen(`scenario ${scenario.id} intro`);
      await playScenario(page, locale, bestPath(scenario), screen);
      await expect
        .poll(() =>
          page.getByRole('heading', { name: ui(locale, 'scenario', 'rating.good') }).count(),
        )
        .toBe(1);
      await screen(`scenario ${scenario.id} debrief`);
    }

    await page
      .getByRole('link', {
        name: ui(locale, 'common', 'nextItem').replace(
          '{{title}}',
          ui(locale, 'common', 'quizTitle'),
        ),
      })
      .click();
    const quizTitle = ui(locale, 'quiz', 'title').replace('{{module}}', content.title);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(quizTitle);
    await screen('quiz intro');
    await takeQuiz(page, locale, content, screen);
    await screen('quiz result');

    await button(page, ui(locale, 'common', 'nav.course'))
      .or(page.getByRole('link', { name: ui(locale, 'common', 'nav.course'), exact: true }))
      .first()
      .click();
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('100');
    await screen('course home after the module');
    expect(course.offOrigin).toEqual([]);
  });
});
