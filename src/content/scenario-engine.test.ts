import type { ScenarioContent } from '@/content/types';

import { choicesOnScreen, finishedRun, replay } from '@/content/scenario-engine';

const choice = (id: string, next: string, score: number, indicators: string[] = []) => ({
  id,
  text: id,
  feedback: [`after ${id}`],
  score,
  indicators,
  next,
});

const scenario: ScenarioContent = {
  id: 's',
  title: 't',
  summary: 's',
  roles: ['teacher'],
  goodResponse: { text: ['g'], byRole: {} },
  discussion: [],
  start: 'one',
  nodes: {
    one: {
      id: 'one',
      type: 'situation',
      narration: ['n1'],
      dialogue: [],
      choices: [choice('listen', 'two', 2, ['debt-bondage']), choice('blame', 'bad-end', 0)],
    },
    two: {
      id: 'two',
      type: 'situation',
      narration: ['n2'],
      dialogue: [],
      choices: [
        choice('refer', 'good-end', 2, ['retention-of-documents', 'debt-bondage']),
        choice('wait', 'bad-end', 1),
      ],
    },
    'good-end': {
      id: 'good-end',
      type: 'ending',
      rating: 'good',
      narration: ['g'],
      debrief: ['d'],
    },
    'bad-end': {
      id: 'bad-end',
      type: 'ending',
      rating: 'harmful',
      narration: ['b'],
      debrief: ['d'],
    },
  },
};

describe('scenario engine', () => {
  it('starts at the start node with nothing taken', () => {
    const p = replay(scenario, []);
    expect(p.current.id).toBe('one');
    expect(p.ended).toBe(false);
    expect(p.steps).toHaveLength(0);
  });

  it('follows the choices to an ending and totals score and indicators', () => {
    const p = replay(scenario, ['listen', 'refer']);
    expect(p.current.id).toBe('good-end');
    expect(p.ended).toBe(true);
    expect(p.score).toBe(4);
    expect(p.maxScore).toBe(4);
    expect(p.indicators).toEqual(['debt-bondage', 'retention-of-documents']);
    expect(p.met).toEqual(['debt-bondage', 'retention-of-documents']);
  });

  it('counts an indicator offered at a decision but not chosen as met, not recognised', () => {
    const p = replay(scenario, ['listen', 'wait']);
    expect(p.indicators).toEqual(['debt-bondage']);
    expect(p.met).toEqual(['debt-bondage', 'retention-of-documents']);
  });

  it('measures every path against the same best possible score', () => {
    expect(replay(scenario, ['blame']).maxScore).toBe(4);
    expect(replay(scenario, ['listen', 'wait']).maxScore).toBe(4);
    expect(replay(scenario, ['blame']).score).toBe(0);
  });

  it('stops at the last valid step when a saved choice no longer exists', () => {
    const p = replay(scenario, ['listen', 'removed-choice']);
    expect(p.current.id).toBe('two');
    expect(p.intact).toBe(false);
  });
});

describe('what the scenario screen draws and saves', () => {
  it('leaves the newest choice off the screen while its feedback is shown', () => {
    expect(choicesOnScreen(['listen', 'refer'], true)).toEqual(['listen']);
    expect(choicesOnScreen(['listen', 'refer'], false)).toEqual(['listen', 'refer']);
    expect(choicesOnScreen(undefined, false)).toEqual([]);
  });

  it('saves nothing while the run goes on', () => {
    expect(finishedRun(scenario, ['listen'])).toBeUndefined();
  });

  it('saves the ending, score, path and indicators when the last choice is made', () => {
    expect(finishedRun(scenario, ['listen', 'wait'])).toEqual({
      ending: 'bad-end',
      rating: 'harmful',
      score: 3,
      choices: ['listen', 'wait'],
      met: ['debt-bondage', 'retention-of-documents'],
      recognised: ['debt-bondage'],
    });
  });
});
