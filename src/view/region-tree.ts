import type { Place } from '../model/schemas/place.ts';
import { regionsOf, type Region } from '../domain/regions.ts';

/** A region with how many cases lie in it and the regions directly inside it. */
export interface RegionNode extends Region {
  count: number;
  children: RegionNode[];
}

/**
 * Builds the province → city → district tree of the given places, each node
 * counting the places inside it. Children are sorted by count, then name.
 */
export function regionTree(places: readonly Place[]): RegionNode[] {
  const roots: RegionNode[] = [];
  for (const place of places) {
    let level = roots;
    for (const region of regionsOf(place)) {
      let node = level.find((candidate) => candidate.path === region.path);
      if (!node) {
        node = { ...region, count: 0, children: [] };
        level.push(node);
      }
      node.count += 1;
      level = node.children;
    }
  }
  const sort = (nodes: RegionNode[]) => {
    nodes.sort((a, b) => b.count - a.count || a.names.at(-1)!.localeCompare(b.names.at(-1)!, 'zh-CN'));
    nodes.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** Every node of the tree, parents before children. */
export function flattenRegions(nodes: readonly RegionNode[]): RegionNode[] {
  return nodes.flatMap((node) => [node, ...flattenRegions(node.children)]);
}
