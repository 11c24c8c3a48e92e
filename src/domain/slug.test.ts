import { describe, expect, it } from 'vitest';
import { pinyinSlug, placeSlug } from './slug.ts';
import { tagSlugs } from './slug.ts';

describe('slugs', () => {
  it('spells Chinese names in toneless pinyin', () => {
    expect(pinyinSlug('海上风电')).toBe('haishangfengdian');
    expect(pinyinSlug('绿色低碳')).toBe('lvseditan');
  });

  it('drops plain administrative suffixes but keeps zone names whole', () => {
    expect(['山东省', '烟台市', '蓬莱区', '东湖区', '烟台开发区', '烟台高新区'].map(placeSlug)).toEqual([
      'shandong',
      'yantai',
      'penglai',
      'donghu',
      'yantaikaifaqu',
      'yantaigaoxinqu',
    ]);
  });

  it('gives homophone tags distinct slugs', () => {
    const slugs = tagSlugs(['党建', '当肩', '海上风电']);
    expect(new Set(slugs.values()).size).toBe(3);
    expect(slugs.get('党建')).toMatch(/^dangjian(-2)?$/);
    expect(slugs.get('当肩')).toMatch(/^dangjian(-2)?$/);
  });

  it('spells 陕西 Shaanxi, so it does not share 山西\'s URL', () => {
    expect(['山西省', '陕西省', '陕西'].map(placeSlug)).toEqual(['shanxi', 'shaanxi', 'shaanxi']);
  });
});
