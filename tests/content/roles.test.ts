/**
 * Every role's learning path has the scenarios and tagged questions the standard asks for, in
 * every language, and the final assessment's bank is large enough; the check fails, naming the
 * role and the language, when one falls short.
 */
import path from 'node:path';

import { compileCourse } from '../../scripts/content/compile';
import { ROLE_STANDARD, checkPaths, formatPaths } from '../../scripts/content/roles';
import { pathModules } from '../../src/content/learning-path';
import { LOCALES } from '../../src/content/locales';

const CONTENT = path.resolve(__dirname, '../../content');
const compile = () => compileCourse(CONTENT);


describe('learning paths and the assessment bank of the real course', () => {
  it('give every role its scenarios and tagged questions in every language', async () => {
    const compiled = await compile();
    const report = checkPaths(compiled);
    expect(report.problems).toEqual([]);
    expect(report.roles.map((r) => r.role)).toEqual(compiled.manifest.roles);
    for (const role of report.roles)
      for (const l of LOCALES) {
        expect(role.scenarios[l], `${role.role} scenarios (${l})`).toBeGreaterThanOrEqual(
          ROLE_STANDARD.scenarios,
        );
        expect(role.questions[l], `${role.role} questions (${l})`).toBeGreaterThanOrEqual(
          ROLE_STANDARD.questions,
        );
      }
    for (const l of LOCALES) expect(report.bank[l]).toBeGreaterThanOrEqual(ROLE_STANDARD.bank);
  });

  it('puts every written core module on every role path, in course order', async () => {
    const compiled = await compile();
    const core = compiled.manifest.modules
      .filter((m) => m.status === 'ready' && m.core)
      .map((m) => m.id);
    expect(core.length).toBeGreaterThan(0);
    for (const role of compiled.manifest.roles)
      expect(pathModules(compiled.manifest, role).map((m) => m.id)).toEqual(
        expect.arrayContaining(core),
      );
  });

  it('prints each path and the bank by role', async () => {
    const compiled = await compile();
    const lines = formatPaths(checkPaths(compiled), compiled.manifest).join('\n');
    for (const role of compiled.manifest.roles) expect(lines).toContain(role);
    expect(lines).toMatch(/Final assessment bank: \d+ questions; by role: care-staff \d+/);
  });
});

describe('the path check', () => {
  it('fails when a role has too few tagged questions in one language', async () => {
    // Each compile gives fresh objects, so the real content is not changed for other tests.
    const compiled = await compile();
    for (const chunks of compiled.modules.values())
      for (const q of chunks.ru.quiz?.questions ?? []) q.roles = q.roles.filter((r) => r !== 'police');
    expect(checkPaths(compiled).problems).toEqual([
      `ru: role "police" has 0 questions tagged for it (needs ${ROLE_STANDARD.questions})`,
    ]);
  });

  it('fails when a role has fewer than two scenarios written for it', async () => {
    const compiled = await compile();
    for (const scenarios of compiled.scenarios.values())
      for (const chunks of scenarios.values())
        for (const l of LOCALES)
          chunks[l].scenario.roles = chunks[l].scenario.roles.filter((r) => r !== 'health-worker');
    expect(checkPaths(compiled).problems).toEqual([
      `kk, ru, en: role "health-worker" has 0 scenarios written for it (needs ${ROLE_STANDARD.scenarios})`,
    ]);
  });

  it('fails when the bank has fewer than 40 questions', async () => {
    const compiled = await compile();
    for (const id of [...compiled.modules.keys()].slice(1)) compiled.modules.delete(id);
    const { problems } = checkPaths(compiled);
    expect(problems[0]).toMatch(
      new RegExp(`^kk, ru, en: the final assessment's bank has \\d+ questions \\(needs ${ROLE_STANDARD.bank}\\)$`),
    );
  });
});
