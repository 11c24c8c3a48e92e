import { describe, expect, it } from 'vitest';
import { bodySections as sectionsOf } from './sections.ts';
import { parseBody } from './parse.ts';
import { headingSlugs } from './tree.ts';

/** Sections of an MDX body, read as the model reads it. */
function bodySections(body: string, stats: { id: string; figure: string }[]) {
  const parsed = parseBody(body);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const figures = new Map(stats.map((stat) => [stat.id, stat.figure]));
  return sectionsOf(parsed.tree, figures, headingSlugs(parsed.tree, figures));
}

describe('body sections for search', () => {
  const body = `
导语。

## 背景

叶片长达<Stat id="blade" />，**“红色引擎”**工程~~起步~~。

### 建联盟（一）

| 列 | 值 |
| --- | --- |
| 甲 | 乙 |

## 背景
`;

  it('splits at headings with the anchors the page uses and fills in figures', () => {
    expect(bodySections(body, [{ id: 'blade', figure: '126米' }])).toEqual([
      { anchor: '', heading: '', text: '导语。' },
      { anchor: '背景', heading: '背景', text: '叶片长达126米，“红色引擎”工程起步。' },
      { anchor: '建联盟一', heading: '建联盟（一）', text: '列 值\n甲 乙' },
      { anchor: '背景-1', heading: '背景', text: '' },
    ]);
  });
});

describe('plain text of hostile markup', () => {
  it('keeps escaped tags as the text a reader sees', () => {
    expect(bodySections('正文写着 \\<img src=x onerror=alert(1)\\> 这段文字，&lt;b&gt;也是。', [])[0]!.text).toBe(
      '正文写着 <img src=x onerror=alert(1)> 这段文字，<b>也是。',
    );
  });
});
