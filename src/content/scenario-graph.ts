/**
 * Walking a branching scenario's graph: the structural checks shared by the content compiler and
 * its tests, and the order of decisions that printed case cards follow. Pure.
 */
import type { ScenarioContent, ScenarioNode } from './types';

export interface GraphNode {
  id: string;
  type: 'situation' | 'ending';
  choices?: { id: string; next: string }[];
}

export interface GraphProblem {
  node?: string;
  message: string;
}

/**
 * Checks that the start node exists, every choice leads to an existing node, every node can be
 * reached from the start, and an ending can be reached from every node — so no path is a dead end
 * or a loop with no way out.
 */
export function validateScenarioGraph(start: string, nodes: readonly GraphNode[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const byId = new Map<string, GraphNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) problems.push({ node: node.id, message: `node id "${node.id}" is used twice` });
    byId.set(node.id, node);
  }
  if (!byId.has(start)) {
    problems.push({ message: `start node "${start}" does not exist` });
    return problems;
  }
  const edges = new Map<string, string[]>();
  for (const node of nodes) {
    const next: string[] = [];
    for (const choice of node.choices ?? []) {
      if (byId.has(choice.next)) next.push(choice.next);
      else
        problems.push({
          node: node.id,
          message: `choice "${choice.id}" in node "${node.id}" points to node "${choice.next}", which does not exist`,
        });
    }
    if (node.type === 'situation' && (node.choices ?? []).length === 0)
      problems.push({ node: node.id, message: `node "${node.id}" has no choices and is not an ending` });
    edges.set(node.id, next);
  }

  const reachable = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of edges.get(queue.shift() as string) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  for (const node of nodes)
    if (!reachable.has(node.id))
      problems.push({ node: node.id, message: `node "${node.id}" cannot be reached from the start` });

  // Walk backwards from the endings: whatever cannot reach one is a dead end or a closed loop.
  const canEnd = new Set(nodes.filter((n) => n.type === 'ending').map((n) => n.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (canEnd.has(node.id)) continue;
      if ((edges.get(node.id) ?? []).some((next) => canEnd.has(next))) {
        canEnd.add(node.id);
        grew = true;
      }
    }
  }
  for (const node of nodes)
    if (reachable.has(node.id) && !canEnd.has(node.id) && node.type === 'situation')
      problems.push({
        node: node.id,
        message: `no ending can be reached from node "${node.id}" (a dead end or a loop with no way out)`,
      });
  return problems;
}

/** Decision points in the order a group meets them: breadth-first from the start, each once. */
export function decisionPoints(
  scenario: ScenarioContent,
): Extract<ScenarioNode, { type: 'situation' }>[] {
  const seen = new Set<string>();
  const queue = [scenario.start];
  const out: Extract<ScenarioNode, { type: 'situation' }>[] = [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const node = scenario.nodes[id];
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    if (node.type !== 'situation') continue;
    out.push(node);
    queue.push(...node.choices.map((c) => c.next));
  }
  return out;
}
