import { coverageLines, indicatorCoverage } from './indicator-coverage';

const lesson = { kind: 'lesson', moduleId: 'm', id: 'l' } as const;
const quiz = { kind: 'quiz', moduleId: 'm', id: 'quiz' } as const;

describe('indicator coverage', () => {
  it('counts an indicator only when a lesson teaches it and a question or scenario tests it', () => {
    const report = indicatorCoverage(
      [
        { id: 'a', group: 'g', taught: [lesson], tested: [quiz] },
        { id: 'b', group: 'g', taught: [lesson], tested: [] },
        { id: 'c', group: 'g', taught: [], tested: [quiz] },
      ],
      ['g', 'awaiting'],
    );
    expect(report.complete).toBe(false);
    expect(report.verified).toEqual([{ group: 'g', total: 3, covered: 1, notTaught: ['c'], notTested: ['b'] }]);
    expect(report.awaiting).toEqual(['awaiting']);
    expect(coverageLines(report)).toEqual([
      'Indicators taught in a lesson checklist and tested in a question or scenario:',
      '  ✗ g: 1 of 3 taught and tested (not taught in a lesson: c; not tested: b)',
      '  (no verified indicators yet, so nothing to cover: awaiting)',
    ]);
  });

  it('is complete when every indicator of every verified group is taught and tested', () => {
    const report = indicatorCoverage([{ id: 'a', group: 'g', taught: [lesson], tested: [quiz] }], ['g']);
    expect(report.complete).toBe(true);
    expect(coverageLines(report)[1]).toBe('  ✓ g: 1 of 1 taught and tested');
  });
});
