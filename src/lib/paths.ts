/**
 * Every address in the app, in one place: the route pattern the router matches and the builder
 * every link uses, so a renamed address changes here only. Addresses are hash routes (`#/…`);
 * these are the paths after the `#`.
 *
 * Screens still to come take their names when they land: `seminar`, `seminarResults`,
 * `certificate`, `glossary` (`/seminar`, `/seminar/results`, `/certificate`, `/glossary`).
 */

interface RouteDef<P extends readonly string[]> {
  /** The router's pattern, with `:name` for each parameter. */
  pattern: string;
  /** Builds the address from the parameters, in the order they appear in the pattern. */
  href: (...params: { [K in keyof P]: string }) => string;
  /** A reload here would lose the learner's place (a quiz in progress, a scenario turn). */
  busy?: boolean;
}

const route = <P extends readonly string[]>(def: RouteDef<P>) => def;

export const paths = {
  home: route<[]>({ pattern: '/', href: () => '/' }),
  module: route<[moduleId: string]>({
    pattern: '/modules/:moduleId',
    href: (moduleId) => `/modules/${moduleId}`,
  }),
  lesson: route<[moduleId: string, lessonId: string]>({
    pattern: '/modules/:moduleId/lessons/:lessonId',
    href: (moduleId, lessonId) => `/modules/${moduleId}/lessons/${lessonId}`,
  }),
  scenario: route<[moduleId: string, scenarioId: string]>({
    pattern: '/modules/:moduleId/scenarios/:scenarioId',
    href: (moduleId, scenarioId) => `/modules/${moduleId}/scenarios/${scenarioId}`,
    busy: true,
  }),
  quiz: route<[moduleId: string]>({
    pattern: '/modules/:moduleId/quiz',
    href: (moduleId) => `/modules/${moduleId}/quiz`,
    busy: true,
  }),
  handout: route<[moduleId: string]>({
    pattern: '/modules/:moduleId/handout',
    href: (moduleId) => `/modules/${moduleId}/handout`,
  }),
  caseCards: route<[moduleId: string, scenarioId: string]>({
    pattern: '/modules/:moduleId/scenarios/:scenarioId/cards',
    href: (moduleId, scenarioId) => `/modules/${moduleId}/scenarios/${scenarioId}/cards`,
  }),
  assessment: route<[]>({ pattern: '/assessment', href: () => '/assessment', busy: true }),
  progress: route<[]>({ pattern: '/progress', href: () => '/progress' }),
  offline: route<[]>({ pattern: '/offline', href: () => '/offline' }),
  help: route<[]>({ pattern: '/help', href: () => '/help' }),
  pocketCard: route<[]>({ pattern: '/help/pocket-card', href: () => '/help/pocket-card' }),
} as const;

export type RouteName = keyof typeof paths;

export interface RouteMatch {
  route: RouteName;
  params: Partial<Record<string, string>>;
}

/** A parameter is a content id: a kebab-case slug. */
const PARAM = /^[a-z0-9-]+$/;

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  // Parameter names come from the patterns above, never from the address.
  const params: Record<string, string> = Object.create(null);
  for (const [i, part] of want.entries()) {
    const value = got[i] as string;
    if (part.startsWith(':')) {
      if (!PARAM.test(value)) return undefined;
      params[part.slice(1)] = value;
    } else if (part !== value) return undefined;
  }
  return params;
}

/** Which screen an address shows, and its parameters; undefined for an unknown address. */
export function matchRoute(path: string): RouteMatch | undefined {
  for (const name of Object.keys(paths) as RouteName[]) {
    const params = matchPattern(paths[name].pattern, path);
    if (params) return { route: name, params };
  }
  return undefined;
}

/** An address where a reload would lose the learner's place or a seminar's flow. */
export function isBusyPath(path: string): boolean {
  const match = matchRoute(path);
  return match ? Boolean((paths[match.route] as RouteDef<readonly string[]>).busy) : false;
}
