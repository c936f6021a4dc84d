import { validateScenarioGraph, type GraphNode } from './scenario-graph';

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
