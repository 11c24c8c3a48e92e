import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Phrases written for benchmarking only: generic governance prose, no source text.
const PHRASES = [
  '园区党组织把服务送到企业门口',
  '链上企业围绕共性难题开展联合攻关',
  '党员骨干在生产一线亮身份、作表率',
  '街道社区与行业协会定期会商',
  '新就业群体在城市治理中发挥作用',
  '党群服务中心为职工提供学习和休息的场所',
  '各方资源通过联席会议统筹调度',
  '企业负责人和党组织书记共同参加培训',
  '志愿服务活动覆盖商圈楼宇和居民小区',
  '产业链上下游企业在联盟中互通信息',
  '人才、资金和场地等要素向园区集聚',
  '基层党组织的组织力和凝聚力持续增强',
];
// Each unit with a metric whose ending fits it, so the synthetic claims pass every check.
const UNITS: [unit: string, metric: string][] = [
  ['家', '企业数'],
  ['个', '项目数'],
  ['名', '人数'],
  ['人次', '服务人次'],
  ['场', '活动场次'],
  ['项', '事项数'],
  ['亿元', '投资额'],
  ['万元', '经费'],
  ['%', '覆盖率'],
];

/** A small deterministic random generator, so every run builds the same casebook. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Writes a synthetic casebook of `count` cases (about `characters` Chinese
 * characters of body each, 12 statistics each) into `dir`, with the series
 * of `templateDir` and one synthetic source whose text (in `dir/texts/`)
 * prints every figure, so the casebook passes every check. Used by
 * `npm run bench`; point `CASEBOOK_SOURCE_TEXTS` at `dir/texts`.
 */
export async function writeSyntheticCasebook(dir: string, count: number, templateDir: string, characters = 2800) {
  await mkdir(path.join(dir, 'cases'), { recursive: true });
  await cp(path.join(templateDir, 'series'), path.join(dir, 'series'), { recursive: true });
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  await mkdir(path.join(dir, 'texts'), { recursive: true });
  await cp(path.join(templateDir, 'casebook.yaml'), path.join(dir, 'casebook.yaml'));
  // The template's texts are elsewhere; this casebook's one text is written below, in its own texts/.
  await writeFile(path.join(dir, 'casebook.yaml'), (await readFile(path.join(dir, 'casebook.yaml'), 'utf8')).replace(/\nsourceTexts:[\s\S]*?(?=\n\S|$)/, '\nsourceTexts: texts'));
  await writeFile(
    path.join(dir, 'sources', 'synthetic-report.yaml'),
    ['title: 合成基准报告', 'description: 基准测试生成的来源', 'outlet: unknown', 'type: report', 'date: 2026', 'pages: unknown', 'authors: unknown', 'text: synthetic.txt', ''].join('\n'),
  );
  const printed: string[] = [];
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const series = ['yantai-parks', 'penglai-chain', 'yunfu', 'donghu'];
  const kinds = ['park', 'industrial-chain', 'cluster', 'new-employment', 'emerging-field'];
  for (let n = 0; n < count; n++) {
    const stats = Array.from({ length: 12 }, (_, index) => {
      const [unit, metric] = pick(UNITS);
      const value = unit === '%' ? Math.floor(next() * 100) : Math.floor(next() * 5000) + 1;
      printed.push(`${value}${unit}`);
      return { id: `stat-${index + 1}`, figure: `${value}${unit}`, subject: `示例单位${n}-${index}`, metric };
    });
    const sections = ['背景', '主要做法', '成效', '启示'].map((heading, sectionIndex) => {
      let han = 0;
      let statIndex = sectionIndex * 3;
      const paragraphs: string[] = [];
      while (han < characters / 4) {
        const sentence = `${pick(PHRASES)}，${pick(PHRASES)}${statIndex < (sectionIndex + 1) * 3 ? `，累计达到<Stat id="${stats[statIndex++]!.id}" />` : ''}。`;
        const before = han;
        han += sentence.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
        // A new paragraph roughly every 250 characters, as in the bundled cases.
        if (Math.floor(han / 250) !== Math.floor(before / 250) || paragraphs.length === 0) paragraphs.push('');
        paragraphs[paragraphs.length - 1] = (paragraphs.at(-1) ?? '') + sentence;
      }
      return `## ${heading}\n\n${paragraphs.filter(Boolean).join('\n\n')}\n`;
    });
    const frontmatter = [
      '---',
      `title: 示例案例第${n + 1}号：${pick(PHRASES).slice(0, 12)}`,
      `summary: ${pick(PHRASES)}，${pick(PHRASES)}，${pick(PHRASES)}。`,
      `series: ${series[n % series.length]}`,
      `kind: ${kinds[n % kinds.length]}`,
      'place: { province: 山东省, city: 烟台市 }',
      `date: 2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      `tags: [标签${n % 20}, 示例]`,
      'sources: [synthetic-report]',
      'stats:',
      ...stats.flatMap((stat) => [
        `  - id: ${stat.id}`,
        `    figure: "${stat.figure}"`,
        `    subject: ${stat.subject}`,
        `    metric: ${stat.metric}`,
        '    source: synthetic-report',
      ]),
      '---',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'cases', `synthetic-${String(n + 1).padStart(5, '0')}.mdx`), frontmatter + sections.join('\n'));
  }
  await writeFile(path.join(dir, 'texts', 'synthetic.txt'), [...new Set(printed)].join('；'));
}
