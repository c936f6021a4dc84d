import { lessonPercent, lessonState } from './lesson-engine';

describe('lesson engine', () => {
  it('shows the first section of a lesson never opened', () => {
    expect(lessonState(undefined, 4)).toEqual({
      shown: 1,
      total: 4,
      atEnd: false,
      completed: false,
    });
  });

  it('resumes at the furthest section reached', () => {
    expect(lessonState({ reached: 2 }, 4).shown).toBe(3);
  });

  it('is at the end on the last section, and complete only once confirmed', () => {
    const atEnd = lessonState({ reached: 3 }, 4);
    expect(atEnd.atEnd).toBe(true);
    expect(atEnd.completed).toBe(false);
    expect(lessonState({ reached: 3, completedAt: '2026-11-28T10:00:00Z' }, 4).completed).toBe(
      true,
    );
  });

  it('clamps a saved position past the end when a lesson got shorter', () => {
    expect(lessonState({ reached: 9 }, 4).shown).toBe(4);
  });

  it('reports 100% only when complete', () => {
    expect(lessonPercent(lessonState({ reached: 3 }, 4))).toBe(75);
    expect(lessonPercent(lessonState({ reached: 3, completedAt: 'x' }, 4))).toBe(100);
  });
});
