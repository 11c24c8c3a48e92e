import { describe, expect, it } from 'vitest';
import { copiedRuns } from './originality.ts';

// Invented for the test: a long sentence a careless rewrite might keep.
const source = '示范园区把分散在各家企业的服务窗口集中起来，让职工在同一个大厅里办好社保、培训和维权等事项。';

describe('copied sentences', () => {
  it('finds a copied sentence even when punctuation and spacing differ', () => {
    const text = '开头。示范园区把分散在各家企业的 服务窗口集中起来——让职工在同一个大厅里办好社保、培训和维权等事项。结尾';
    const runs = copiedRuns(text, [source]);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.offset).toBe(3);
    expect(runs[0]!.run).toBe('示范园区把分散在各家企业的服务窗口集中起来让职工在同一个大厅里办好社保培训和维权等事项');
  });

  it('allows shared names and short phrases', () => {
    expect(copiedRuns('示范园区集中了服务窗口，职工在一个大厅就能办社保和培训。', [source])).toEqual([]);
  });
});

// Invented for the test: an English source sentence and its rewrites.
const englishSource =
  'The Riverside Community Development Trust opened a shared service hall where workers can register for pensions, enrol in training and raise complaints in one visit.';

describe('copied sentences in English', () => {
  it('counts words, not characters: a copied clause is found, whatever its letter case and punctuation', () => {
    const text = 'In short, workers can now register for pensions, enrol in training and raise complaints in one visit. That helps.';
    const runs = copiedRuns(text, [englishSource]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ offset: text.indexOf('register'), unit: 'words', length: 12 });
    expect(runs[0]!.run).toBe('register for pensions enrol in training and raise complaints in one visit');
  });

  it('allows a shared name of four or more words and a short shared phrase', () => {
    const text = 'The Riverside Community Development Trust runs a hall for pensions and training, and hears complaints there.';
    expect(copiedRuns(text, [englishSource])).toEqual([]);
  });

  it('keeps counting characters for Chinese text', () => {
    expect(copiedRuns('开头。示范园区把分散在各家企业的服务窗口集中起来，让职工在同一个大厅里办好社保、培训和维权等事项。', [source])[0]).toMatchObject({ unit: 'characters', length: 43 });
  });
});
