import { isBusyPath, matchRoute, paths } from './paths';

describe('paths', () => {
  it('reads every address it builds back into the same screen and parameters', () => {
    expect(matchRoute(paths.home.href())).toEqual({ route: 'home', params: {} });
    expect(matchRoute(paths.lesson.href('m-1', 'l-2'))).toEqual({
      route: 'lesson',
      params: { moduleId: 'm-1', lessonId: 'l-2' },
    });
    expect(matchRoute(paths.caseCards.href('m-1', 's-3'))?.route).toBe('caseCards');
    expect(matchRoute(paths.scenario.href('m-1', 's-3'))?.route).toBe('scenario');
    expect(matchRoute(paths.pocketCard.href())?.route).toBe('pocketCard');
    expect(matchRoute(paths.help.href())?.route).toBe('help');
  });

  it('gives no screen for an unknown address or an id that is not a content slug', () => {
    expect(matchRoute('/nowhere')).toBeUndefined();
    expect(matchRoute('/modules/a/lessons')).toBeUndefined();
    expect(matchRoute('/modules/Bad%20Id')).toBeUndefined();
  });

  it('keeps an update waiting during a quiz, the assessment or a scenario run only', () => {
    expect(isBusyPath(paths.quiz.href('m'))).toBe(true);
    expect(isBusyPath(paths.assessment.href())).toBe(true);
    expect(isBusyPath(paths.scenario.href('m', 's'))).toBe(true);
    expect(isBusyPath(paths.caseCards.href('m', 's'))).toBe(false);
    expect(isBusyPath(paths.lesson.href('m', 'l'))).toBe(false);
    expect(isBusyPath('/nowhere')).toBe(false);
  });
});
