import { decisionPoints, validateScenarioGraph, type GraphNode } from './scenario-graph';
import type { ScenarioContent } from './types';

const end = (id: string): GraphNode => ({ id, type: 'ending' });
const sit = (id: string, ...next: string[]): GraphNode => ({
  id,
  type: 'situation',
  choices: next.map((n, i) => ({ id: `c${i}`, next: n })),
});

describe('scenario graph validation', () => {
  it('accepts a graph where every node is reachable and every path ends', () => {
    expect(validateScenarioGraph('a', [sit('a', 'b', 'x'), sit('b', 'y', 'x'), end('x'), end('y')])).toEqual([]);
  });

  it('names a choice that points to a missing node', () => {
    const problems = validateScenarioGraph('a', [sit('a', 'x', 'ghost'), end('x')]);
    expect(problems.map((p) => p.message)).toContain(
      'choice "c1" in node "a" points to node "ghost", which does not exist',
    );
  });

  it('names a node that cannot be reached', () => {
    const problems = validateScenarioGraph('a', [sit('a', 'x', 'x'), end('x'), sit('island', 'x', 'x')]);
    expect(problems).toEqual([{ node: 'island', message: 'node "island" cannot be reached from the start' }]);
  });

  it('rejects a loop with no way out', () => {
    const problems = validateScenarioGraph('a', [sit('a', 'b', 'x'), sit('b', 'c', 'c'), sit('c', 'b', 'b'), end('x')]);
    expect(problems.map((p) => p.node)).toEqual(['b', 'c']);
  });

  it('allows a loop that has a way out', () => {
    expect(validateScenarioGraph('a', [sit('a', 'b', 'a'), sit('b', 'a', 'x'), end('x')])).toEqual([]);
  });

  it('reports a missing start node', () => {
    expect(validateScenarioGraph('nope', [end('x')])[0]?.message).toBe('start node "nope" does not exist');
  });
});

describe('decision points for case cards', () => {
  const situation = (id: string, ...next: string[]) => ({
    id,
    type: 'situation' as const,
    narration: [id],
    dialogue: [],
    choices: next.map((n, i) => ({ id: `${id}-${i}`, text: n, feedback: [], score: 0, indicators: [], next: n })),
  });
  const ending = (id: string) => ({ id, type: 'ending' as const, rating: 'good' as const, narration: [id], debrief: [id] });
  const scenario: ScenarioContent = {
    id: 's',
    title: 't',
    summary: 's',
    roles: [],
    goodResponse: { text: ['g'], byRole: {} },
    discussion: [],
    start: 'a',
    nodes: {
      a: situation('a', 'b', 'c'),
      b: situation('b', 'd', 'end'),
      c: situation('c', 'd'),
      d: situation('d', 'end'),
      end: ending('end'),
    },
  };

  it('lists each decision once, nearest the start first, and no endings', () => {
    expect(decisionPoints(scenario).map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
