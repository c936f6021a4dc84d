/**
 * `npm run content:check`: compiles the whole course without building the app, reports every
 * problem with its file and field, then holds every written module to the standard
 * (scripts/content/standard.ts) and prints its counts per locale. Exits non-zero if the content
 * does not compile, a written module falls below the standard, or a role's learning path or the
 * final assessment's bank falls short (scripts/content/roles.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { LOCALES } from '../src/content/locales.ts';
import { compileCourse } from './content/compile.ts';
import { ContentError } from './content/errors.ts';
import { coverageLines, indicatorCoverage } from './content/indicator-coverage.ts';
import { checkPaths, formatPaths } from './content/roles.ts';
import { STANDARD, checkCourse, type ModuleReport } from './content/standard.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(process.argv[2] ?? path.join(root, 'content'));

function table(reports: ModuleReport[]): string[] {
  const header = [
    'module',
    'locale',
    'lessons',
    'min words',
    'scenarios',
    'min decisions',
    'questions',
    'types',
  ];
  const rows = reports.flatMap((r) =>
    r.counts.map((c) =>
      [
        `${r.number} ${r.id}`,
        c.locale,
        c.lessons,
        c.minWords,
        c.scenarios,
        c.minDecisions,
        c.questions,
        c.questionTypes,
      ].map(String),
    ),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function verdict(r: ModuleReport): string[] {
  const name = `Module ${r.number} (${r.id})`;
  if (r.status === 'planned') return [`  ${name}: planned`];
  if (r.status === 'complete') return [`  ✓ ${name}: complete`];
  return [`  ✗ ${name}: incomplete`, ...r.problems.map((p) => `      - ${p}`)];
}

try {
  const course = await compileCourse(contentDir);
  const reports = checkCourse(course);
  const paths = checkPaths(course);
  const written = reports.filter((r) => r.status !== 'planned');
  const complete = written.filter((r) => r.status === 'complete');
  console.log(table(written).join('\n'));
  console.log(
    `\nThe standard: ≥${STANDARD.lessons} lessons of ≥${STANDARD.wordsPerLesson} words each, ` +
      `≥${STANDARD.scenarios} scenarios with ≥${STANDARD.decisionPoints} decision points on every path, ` +
      `≥${STANDARD.questions} questions in ≥${STANDARD.questionTypes} types, in every language.\n`,
  );
  console.log(reports.flatMap(verdict).join('\n'));
  const groups = course.indicators[LOCALES[0]].groups.map((g) => g.id);
  const coverage = indicatorCoverage(course.indicatorCoverage, groups);
  console.log(`\n${coverageLines(coverage).join('\n')}`);
  console.log(`\n${formatPaths(paths, course.manifest).join('\n')}`);
  for (const problem of paths.problems) console.error(`  ✗ ${problem}`);
  const languages = LOCALES.join(', ');
  if (paths.problems.length > 0) {
    console.error(
      `\nLearning paths or the assessment bank below the standard: ${paths.problems.length} problem${paths.problems.length === 1 ? '' : 's'}.`,
    );
    process.exitCode = 1;
  }
  if (!coverage.complete) {
    console.error(
      '\nIndicator coverage incomplete: every indicator marked ✗ above must be named in a lesson checklist and tagged in a question or scenario.',
    );
    process.exitCode = 1;
  } else if (complete.length === written.length && paths.problems.length === 0) {
    console.log(
      `\nContent OK: ${complete.length} of ${reports.length} modules written and complete in ${languages}; every role's path and the assessment bank meet the standard.`,
    );
  } else if (complete.length < written.length) {
    console.error(
      `\nContent below the standard: ${written.length - complete.length} of ${written.length} written modules incomplete (${complete.length} of ${reports.length} modules complete in ${languages}).`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
