import { describe, expect, it } from 'vitest';

import { testManifest, testModule } from '@/test/manifest';

import { planFile, planItems, readPlanFile, readyMadePlan, timings } from './plan';

const manifest = testManifest([
  testModule(),
  testModule({
    id: 'recruitment',
    number: 5,
    status: 'planned',
    core: true,
    roles: [],
    lessons: [],
    scenarios: [],
    quiz: undefined,
  }),
]);

describe('seminar plan', () => {
  it('builds the ready-made plan from written modules only', () => {
    const plan = readyMadePlan(manifest);
    expect(plan.sessions.map((s) => s.theme)).toEqual(['what-it-is']);
    expect(planItems(plan).map((i) => `${i.kind}:${i.id}`)).toEqual([
      'lesson:a',
      'scenario:s',
      'quiz:quiz',
    ]);
  });

  it('round-trips a plan file and times its sessions', () => {
    const plan = readyMadePlan(manifest);
    const back = readPlanFile(manifest, planFile(plan));
    expect(back).toEqual({ ok: true, plan });
    expect(timings(plan)).toEqual([{ start: 0, end: 8 + 25 + 15 }]);
  });

  it('refuses files that are not plans, name unknown items, or are too large', () => {
    const plan = readyMadePlan(manifest);
    expect(readPlanFile(manifest, '{')).toEqual({ ok: false, problem: 'not-json' });
    expect(readPlanFile(manifest, '{"kind":"other","plan":{}}')).toEqual({
      ok: false,
      problem: 'not-a-plan',
    });
    const unknown = {
      sessions: [
        { ...plan.sessions[0], items: [{ kind: 'lesson', moduleId: 'x', id: 'y', minutes: 5 }] },
      ],
    };
    expect(readPlanFile(manifest, planFile(unknown as never))).toEqual({
      ok: false,
      problem: 'unknown-items',
    });
    const proto = '{"kind":"qorgau-seminar-plan","plan":{"sessions":[],"__proto__":{"x":1}}}';
    expect(readPlanFile(manifest, proto).ok).toBe(false);
    expect(readPlanFile(manifest, ' '.repeat(300 * 1024))).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });
});
