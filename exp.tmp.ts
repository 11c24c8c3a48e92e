import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { writeSyntheticCasebook } from './scripts/bench/synthetic.ts';
import { publishReports } from './src/build/reports/publish.ts';
const root = process.cwd();
const base = mkdtempSync(path.join(root, 'node_modules/.cache/casebook-bench/exp-'));
const content = path.join(base, 'content');
await writeSyntheticCasebook(content, 1000, path.join(root, 'content'));
const out = path.join(base, 'dist');
const build = () => { const t = performance.now(); const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { cwd: root, env: { ...process.env, CASEBOOK_CONTENT: path.relative(root, content), CASEBOOK_SOURCE_TEXTS: path.join(content, 'texts'), CASEBOOK_CARDS: 'off', CASEBOOK_REPORTS: 'off', ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' }); if (r.status) throw new Error(r.stdout + r.stderr); return (performance.now() - t) / 1000; };
console.log('build', build());
const cache = path.join(base, 'cache');
for (const only of [['penglai-chain'], ['casebook']]) {
  const r1 = await publishReports(out, cache, { author: 'x', language: 'zh-CN', only });
  console.log(only, 'cold', JSON.stringify(r1.reports), r1.seconds);
}
const file = path.join(content, 'cases', readdirSync(path.join(content, 'cases')).find((f) => readFileSync(path.join(content, 'cases', f), 'utf8').includes('series: penglai-chain'))!);
writeFileSync(file, readFileSync(file, 'utf8').replace('\n## 启示\n', '\n## 启示\n\n编者补记一句。\n'));
console.log('rebuild', build());
for (const only of [['penglai-chain'], ['casebook']]) {
  const r2 = await publishReports(out, cache, { author: 'x', language: 'zh-CN', only });
  console.log(only, 'after edit', JSON.stringify(r2.reports), r2.seconds);
}
