/**
 * Every address in the app, in one place: the route pattern the router matches and the builder
 * every link uses, so a renamed address changes here only. Addresses are hash routes (`#/…`);
 * these are the paths after the `#`.
 */
import { matchPath } from 'react-router';

/** The parameter names in a pattern, in order: `/modules/:moduleId/quiz` → `['moduleId']`. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? [Name, ...ParamNames<`/${Rest}`>]
  : P extends `${string}:${infer Name}`
    ? [Name]
    : [];

/** A string for each name (mapped over a type parameter, so a tuple stays a tuple). */
type Strings<T extends string[]> = { [K in keyof T]: string };

interface Route<P extends string> {
  /** The router's pattern, with `:name` for each parameter. */
  pattern: P;
  /** Builds the address from the parameters, in the order they appear in the pattern. */
  href: (...values: Strings<ParamNames<P>>) => string;
}

/** One pattern per route: the address builder fills it in, so the two can never disagree. */
function route<const P extends string>(pattern: P): Route<P> {
  return {
    pattern,
    href: (...values: string[]) => {
      let i = 0;
      return pattern.replace(/:[a-zA-Z]+/g, () => values[i++] ?? '');
    },
  };
}

export const paths = {
  home: route('/'),
  module: route('/modules/:moduleId'),
  lesson: route('/modules/:moduleId/lessons/:lessonId'),
  scenario: route('/modules/:moduleId/scenarios/:scenarioId'),
  quiz: route('/modules/:moduleId/quiz'),
  handout: route('/modules/:moduleId/handout'),
  caseCards: route('/modules/:moduleId/scenarios/:scenarioId/cards'),
  assessment: route('/assessment'),
  progress: route('/progress'),
  profiles: route('/profiles'),
  certificate: route('/certificate'),
  offline: route('/offline'),
  help: route('/help'),
  pocketCard: route('/help/pocket-card'),
  glossary: route('/glossary'),
  role: route('/role'),
  seminar: route('/seminar'),
  seminarRun: route('/seminar/run'),
  seminarPresenter: route('/seminar/presenter'),
  seminarResults: route('/seminar/results'),
};

export type RouteName = keyof typeof paths;

/** One glossary entry's address: the glossary, opened at that term. */
export const glossaryTermHref = (termId: string) =>
  `${paths.glossary.href()}?term=${encodeURIComponent(termId)}`;

export interface RouteMatch {
  route: RouteName;
  params: Partial<Record<string, string>>;
}

/** Which screen an address shows, and its parameters; undefined for an unknown address. */
export function matchRoute(path: string): RouteMatch | undefined {
  // The router's own matcher, so an address is read exactly as the router reads it.
  for (const name of Object.keys(paths) as RouteName[]) {
    const match = matchPath(paths[name].pattern, path);
    if (match) return { route: name, params: match.params };
  }
  return undefined;
}
