import { paths } from '@/lib/paths';

import { isBusyPath } from './offline-store';

describe('offline updates', () => {
  it('keeps an update waiting during a quiz, the assessment or a scenario run', () => {
    expect(isBusyPath(paths.quiz.href('m'))).toBe(true);
    expect(isBusyPath(paths.assessment.href())).toBe(true);
    expect(isBusyPath(paths.scenario.href('m', 's'))).toBe(true);
    expect(isBusyPath(paths.caseCards.href('m', 's'))).toBe(false);
    expect(isBusyPath(paths.lesson.href('m', 'l'))).toBe(false);
    expect(isBusyPath('/nowhere')).toBe(false);
  });

  it('keeps it waiting while a seminar runs, on the projector and in the presenter window', () => {
    expect(isBusyPath(paths.seminarRun.href())).toBe(true);
    expect(isBusyPath(paths.seminarPresenter.href())).toBe(true);
    expect(isBusyPath(paths.seminar.href())).toBe(false);
    expect(isBusyPath(paths.seminarResults.href())).toBe(false);
  });
});
