/**
 * Every role's learning path and the final assessment's bank, counted on the compiled course in
 * each language (so a scenario or question missing from one language's chunks counts short
 * there). Pure: `npm run content:check` prints the report and fails on its problems.
 */
import { pathModules } from '../../src/content/learning-path.ts';
import { LOCALES, type Locale } from '../../src/content/locales.ts';
import type { Manifest, ModuleContent, ScenarioChunk } from '../../src/content/types.ts';

export const ROLE_STANDARD = {
  /** Scenarios written for each role, across the written modules. */
  scenarios: 2,
  /** Questions tagged for each role, so the role-weighted draw has something to weigh. */
  questions: 10,
  /** Questions in the final assessment's bank (every written module's questions). */
  bank: 40,
} as const;

export interface RolePath {
  role: string;
  /** The written modules on the path, in course order. */
  modules: string[];
  scenarios: Record<Locale, number>;
  questions: Record<Locale, number>;
}

export interface PathsReport {
  roles: RolePath[];
  bank: Record<Locale, number>;
  /** Each rule not met, naming the role and the languages. */
  problems: string[];
}

const perLocale = (count: (l: Locale) => number) =>
  Object.fromEntries(LOCALES.map((l) => [l, count(l)])) as Record<Locale, number>;

/** "ru: …" for the languages a rule fails in, or nothing. */
function shortIn(counts: Record<Locale, number>, least: number, what: (n: number) => string) {
  const short = LOCALES.filter((l) => counts[l] < least);
  if (short.length === 0) return [];
  const n = Math.min(...short.map((l) => counts[l]));
  return [`${short.join(', ')}: ${what(n)}`];
}

export function checkPaths(course: {
  manifest: Manifest;
  modules: Map<string, Partial<Record<Locale, ModuleContent>>>;
  scenarios: Map<string, Map<string, Partial<Record<Locale, ScenarioChunk>>>>;
}): PathsReport {
  const written = course.manifest.modules.filter((m) => m.status === 'ready');
  const questions = (l: Locale) =>
    written.flatMap((m) => course.modules.get(m.id)?.[l]?.quiz?.questions ?? []);
  const scenarios = (l: Locale) =>
    written.flatMap((m) =>
      [...(course.scenarios.get(m.id)?.values() ?? [])].flatMap((s) => s[l]?.scenario ?? []),
    );
  const bank = perLocale((l) => questions(l).length);
  const problems = shortIn(
    bank,
    ROLE_STANDARD.bank,
    (n) => `the final assessment's bank has ${n} questions (needs ${ROLE_STANDARD.bank})`,
  );
  const roles = course.manifest.roles.map((role): RolePath => {
    const path: RolePath = {
      role,
      modules: pathModules(course.manifest, role).map((m) => m.id),
      scenarios: perLocale((l) => scenarios(l).filter((s) => s.roles.includes(role)).length),
      questions: perLocale((l) => questions(l).filter((q) => q.roles.includes(role)).length),
    };
    problems.push(
      ...shortIn(
        path.scenarios,
        ROLE_STANDARD.scenarios,
        (n) => `role "${role}" has ${n} scenario${n === 1 ? '' : 's'} written for it (needs ${ROLE_STANDARD.scenarios})`,
      ),
      ...shortIn(
        path.questions,
        ROLE_STANDARD.questions,
        (n) => `role "${role}" has ${n} question${n === 1 ? '' : 's'} tagged for it (needs ${ROLE_STANDARD.questions})`,
      ),
    );
    if (path.modules.length === 0) problems.push(`role "${role}" has no written module on its path`);
    return path;
  });
  return { roles, bank, problems };
}

/** The report as content:check prints it. */
export function formatPaths(report: PathsReport, manifest: Manifest): string[] {
  const number = (id: string) => manifest.modules.find((m) => m.id === id)?.number ?? '?';
  const byLocale = (counts: Record<Locale, number>) => {
    const values = new Set(Object.values(counts));
    return values.size === 1
      ? String(counts[LOCALES[0]])
      : LOCALES.map((l) => `${l} ${counts[l]}`).join(', ');
  };
  const width = Math.max(...report.roles.map((r) => r.role.length));
  return [
    'Learning paths (written modules only):',
    ...report.roles.map(
      (r) =>
        `  ${r.role.padEnd(width)}  modules ${r.modules.map(number).join(', ') || '—'}; ` +
        `${byLocale(r.scenarios)} scenarios; ${byLocale(r.questions)} questions tagged`,
    ),
    `Final assessment bank: ${byLocale(report.bank)} questions; by role: ` +
      report.roles.map((r) => `${r.role} ${byLocale(r.questions)}`).join(', '),
    `(each role needs ≥${ROLE_STANDARD.scenarios} scenarios and ≥${ROLE_STANDARD.questions} tagged questions; the bank ≥${ROLE_STANDARD.bank})`,
  ];
}
