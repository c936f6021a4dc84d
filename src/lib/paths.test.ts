import { glossaryTermHref, matchRoute, paths } from './paths';

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
    expect(matchRoute(paths.glossary.href())?.route).toBe('glossary');
  });

  it('opens the glossary at one term, its id written safely into the address', () => {
    expect(glossaryTermHref('exploitation')).toBe('/glossary?term=exploitation');
    expect(glossaryTermHref('a&b')).toBe('/glossary?term=a%26b');
  });

  it('gives no screen for an unknown address', () => {
    expect(matchRoute('/nowhere')).toBeUndefined();
    expect(matchRoute('/modules/a/lessons')).toBeUndefined();
  });

  it('builds each address from its own pattern, taking exactly the parameters it names', () => {
    expect(paths.caseCards.href('m', 's')).toBe('/modules/m/scenarios/s/cards');
    expect(paths.quiz.href('m')).toBe('/modules/m/quiz');
    // @ts-expect-error a lesson address needs its module and its lesson
    expect(paths.lesson.href('m')).toBe('/modules/m/lessons/');
    // @ts-expect-error the home address takes no parameter
    expect(paths.home.href('m')).toBe('/');
  });
});
