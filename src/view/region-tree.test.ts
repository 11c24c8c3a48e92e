import { describe, expect, it } from 'vitest';
import { flattenRegions, regionTree } from './region-tree.ts';
import { placeInRegion, regionsOf } from '../domain/regions.ts';

describe('region tree', () => {
  const places = [
    { province: '山东省', city: '烟台市', district: '蓬莱区' },
    { province: '山东省', city: '烟台市', district: '蓬莱区' },
    { province: '山东省', city: '烟台市' },
    { province: '广东省', city: '云浮市' },
  ];

  it('counts cases at every level, most cases first', () => {
    const tree = regionTree(places);
    expect(tree.map((node) => [node.names.at(-1), node.count])).toEqual([
      ['山东省', 3],
      ['广东省', 1],
    ]);
    expect(flattenRegions(tree).map((node) => node.path)).toEqual([
      'shandong',
      'shandong/yantai',
      'shandong/yantai/penglai',
      'guangdong',
      'guangdong/yunfu',
    ]);
  });

  it('places a district inside its city but not a sibling city', () => {
    const [, city] = regionsOf(places[0]!);
    expect(placeInRegion(places[0]!, city!)).toBe(true);
    expect(placeInRegion(places[3]!, city!)).toBe(false);
  });
});
