/**
 * Which indicators the course teaches and tests (issue 14): every indicator of every group that has
 * verified indicators must be named in a lesson's `:::indicators` checklist AND tagged in a question
 * or a scenario choice. Groups whose lists are still being verified have no indicators and are
 * reported apart. Pure: takes the compiler's coverage, returns one line of facts per group.
 */
import type { IndicatorCoverage } from './compile.ts';

export interface GroupCoverage {
  group: string;
  total: number;
  /** Indicators both taught and tested. */
  covered: number;
  notTaught: string[];
  notTested: string[];
}

export function indicatorCoverage(indicators: readonly IndicatorCoverage[], groups: readonly string[]) {
  const byGroup = groups.map((group): GroupCoverage => {
    const inGroup = indicators.filter((i) => i.group === group);
    return {
      group,
      total: inGroup.length,
      covered: inGroup.filter((i) => i.taught.length > 0 && i.tested.length > 0).length,
      notTaught: inGroup.filter((i) => i.taught.length === 0).map((i) => i.id),
      notTested: inGroup.filter((i) => i.tested.length === 0).map((i) => i.id),
    };
  });
  const verified = byGroup.filter((g) => g.total > 0);
  return {
    verified,
    /** Groups with no verified indicators yet: nothing to teach from them. */
    awaiting: byGroup.filter((g) => g.total === 0).map((g) => g.group),
    complete: verified.every((g) => g.covered === g.total),
  };
}

export function coverageLines(report: ReturnType<typeof indicatorCoverage>): string[] {
  const lines = report.verified.map((g) => {
    const mark = g.covered === g.total ? '✓' : '✗';
    const gaps = [
      g.notTaught.length > 0 ? `not taught in a lesson: ${g.notTaught.join(', ')}` : '',
      g.notTested.length > 0 ? `not tested: ${g.notTested.join(', ')}` : '',
    ].filter(Boolean);
    return `  ${mark} ${g.group}: ${g.covered} of ${g.total} taught and tested${gaps.length ? ` (${gaps.join('; ')})` : ''}`;
  });
  if (report.awaiting.length > 0)
    lines.push(`  (no verified indicators yet, so nothing to cover: ${report.awaiting.join(', ')})`);
  return ['Indicators taught in a lesson checklist and tested in a question or scenario:', ...lines];
}
