import { indicatorProfile, isWeak } from './indicator-profile';

const result = (met: string[], recognised: string[]) => ({
  at: '2026-11-28T10:00:00Z',
  score: 1,
  max: 1,
  passed: true,
  missed: [],
  met,
  recognised,
});

describe('indicator profile', () => {
  it('adds up met, recognised and missed over quizzes, the assessment and scenarios', () => {
    const profile = indicatorProfile({
      quizzes: {
        'what-is-trafficking': { history: [result(['debt-bondage', 'deception'], ['deception'])] },
        '@assessment': { history: [result(['debt-bondage', 'debt-bondage'], ['debt-bondage'])] },
      },
      scenarios: {
        'what-is-trafficking/college-waitress-job': {
          history: [
            {
              at: 'x',
              ending: 'e',
              rating: 'good',
              score: 4,
              choices: [],
              met: ['debt-bondage'],
              recognised: ['debt-bondage'],
            },
          ],
        },
      },
    });
    expect(profile['debt-bondage']).toEqual({ met: 4, recognised: 2, missed: 2 });
    expect(profile.deception).toEqual({ met: 1, recognised: 1, missed: 0 });
  });

  it('counts indicator ids that Object.prototype has without touching Object.prototype', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const profile = indicatorProfile({
      quizzes: { m: { history: [result(names, ['__proto__'])] } },
      scenarios: {},
    });
    expect(Object.keys(profile).sort()).toEqual([...names].sort());
    expect(Object.getOwnPropertyDescriptor(profile, '__proto__')?.value).toEqual({
      met: 1,
      recognised: 1,
      missed: 0,
    });
    expect(profile.toString).toEqual({ met: 1, recognised: 0, missed: 1 });
    expect(({} as Record<string, unknown>).met).toBeUndefined();
    expect(typeof Object.prototype.toString).toBe('function');
  });

  it('calls an indicator weak when it is missed at least as often as recognised', () => {
    expect(isWeak({ met: 2, recognised: 1, missed: 1 })).toBe(true);
    expect(isWeak({ met: 3, recognised: 2, missed: 1 })).toBe(false);
    expect(isWeak(undefined)).toBe(false);
  });
});
