// Temporary authoring aid for helpers (not part of the product): node scripts/_draft-lint.ts content/cases/x.mdx
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { caseSchema } from '../src/schemas/index.ts';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
if (!m) { console.log('no frontmatter'); process.exit(1); }
const data = parse(m[1]);
const body = m[2];
let problems = 0;
const bad = (msg: string) => { problems++; console.log('ERROR', msg); };
const res = caseSchema.safeParse(data);
if (!res.success) for (const i of res.error.issues) bad(`schema ${i.path.join('.')}: ${i.message}`);
const seedsDir = '/work/shared/seeds';
const seeds: Record<string, string> = {};
const map: Record<string, string> = {};
for (const f of readdirSync('content/sources')) {
  const src = parse(readFileSync('content/sources/' + f, 'utf8'));
  map[f.replace(/\.yaml$/, '')] = src.text;
}
const norm = (s: string) => s.replace(/\s+/g, '');
for (const st of data.stats ?? []) {
  const t = map[st.source];
  if (!t) { bad(`stat ${st.id}: unknown source ${st.source}`); continue; }
  seeds[t] ??= norm(readFileSync(`${seedsDir}/${t}`, 'utf8'));
  if (!seeds[t].includes(norm(String(st.figure)))) bad(`stat ${st.id}: figure "${st.figure}" not found in ${t}`);
}
const used = new Set([...body.matchAll(/<Stat\s+id="([^"]+)"\s*\/>/g)].map((x) => x[1]));
const declared = new Set((data.stats ?? []).map((s: any) => s.id));
for (const id of declared) if (!used.has(id)) bad(`stat ${id} declared but never used in body via <Stat id="${id}" />`);
for (const id of used) if (!declared.has(id)) bad(`<Stat id="${id}" /> used but not declared`);
const plain = body.replace(/<Stat\s+id="[^"]+"\s*\/>/g, '');
for (const line of plain.split('\n')) {
  const hits = line.match(/[0-9０-９]+(?:\.[0-9]+)?\s*(?:[%％]|[个家名人次场项处支栋件条篇所期倍位元万亿米天年月日平公])?/g) ?? [];
  for (const h of hits) if (!/^(19|20)\d\d年?$/.test(h.trim()) && !/^\d{1,2}[月日]$/.test(h.trim())) console.log('CHECK plain number in body (must be a <Stat>, a year/date, or part of a name):', JSON.stringify(h), '<-', line.slice(0, 60));
}
const cjk = (plain.match(/[\u4e00-\u9fff]/g) ?? []).length;
console.log(`body Chinese characters: ${cjk} (need 1500-4000)`);
if (cjk < 1500 || cjk > 4000) bad('body length out of range');
// copied runs: 24 normalised characters identical to any seed
const keep = /[\u4e00-\u9fff0-9A-Za-z]/;
const nz = (t: string) => [...t].filter((c) => keep.test(c)).join('');
const grams = new Set<string>();
for (const f of readdirSync(seedsDir)) if (f.endsWith('.txt')) { const s = nz(readFileSync(`${seedsDir}/${f}`, 'utf8')); for (let i = 0; i + 24 <= s.length; i++) grams.add(s.slice(i, i + 24)); }
const whole = nz(text);
for (let i = 0; i + 24 <= whole.length; i++) if (grams.has(whole.slice(i, i + 24))) { bad(`copied run from a seed: ${whole.slice(i, i + 24)}`); i += 23; }
// shorter copied runs (12) are a warning
const g12 = new Set<string>();
for (const f of readdirSync(seedsDir)) if (f.endsWith('.txt')) { const s = nz(readFileSync(`${seedsDir}/${f}`, 'utf8')); for (let i = 0; i + 14 <= s.length; i++) g12.add(s.slice(i, i + 14)); }
const bodyNz = nz(plain);
for (let i = 0; i + 14 <= bodyNz.length; i++) if (g12.has(bodyNz.slice(i, i + 14))) { console.log('WARN 14-char run shared with a seed (reword unless it is a proper name/slogan):', bodyNz.slice(i, i + 14)); i += 13; }
for (const h of ['## 背景', '## 主要做法', '## 成效', '## 启示']) if (!body.includes(h + '\n')) bad(`missing section heading "${h}"`);
console.log(`${(data.stats ?? []).length} stats; ${problems} error(s)`);
process.exit(problems ? 1 : 0);
