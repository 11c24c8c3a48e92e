import { describe, expect, it } from 'vitest';
import { copiedRuns } from './originality.ts';

const source = '烟台开发区因势利导整合集聚区内各类党建资源，加快党建工作由抓单体向抓条线再向抓区块的迭代升级。';

describe('copied sentences', () => {
  it('finds a copied sentence even when punctuation and spacing differ', () => {
    const text = '开头。烟台开发区因势利导 整合集聚区内各类党建资源——加快党建工作由抓单体向抓条线再向抓区块的迭代升级。结尾';
    const runs = copiedRuns(text, [source]);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.offset).toBe(3);
    expect(runs[0]!.run).toBe('烟台开发区因势利导整合集聚区内各类党建资源加快党建工作由抓单体向抓条线再向抓区块的迭代升级');
  });

  it('allows shared names and short phrases', () => {
    expect(copiedRuns('烟台开发区整合各类党建资源，从抓单个企业转向抓整个区块。', [source])).toEqual([]);
  });
});
