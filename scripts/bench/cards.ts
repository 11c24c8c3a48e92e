// Card measurements for `npm run bench`. Run alone with `--first` it prints the cold time of the
// first card in a fresh process (fonts read and subset, satori and resvg loaded).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCasebook } from '../../src/model/load.ts';
import { siteCards } from '../../src/outputs/cards/content.ts';
import { publishedView } from '../../src/view/published.ts';
import { publishCards } from '../../src/outputs/cards/publish.ts';
import { CardRenderer } from '../../src/outputs/cards/render.ts';
import { writeSyntheticCasebook } from './synthetic.ts';
import { site } from '../../src/site.config.ts';
import { table } from './table.ts';

/** The cards of a casebook folder, as the build publishes them. */
async function cardsOf(root: string, contentDir: string) {
  const casebook = await loadCasebook(root, contentDir);
  return siteCards(publishedView({ casebook }), site);
}

if (process.argv.includes('--first')) {
  const root = process.cwd();
  const [first] = await cardsOf(root, 'content');
  const started = performance.now();
  await new CardRenderer([first!]).render(first!);
  console.log(JSON.stringify({ firstMs: performance.now() - started }));
}

/** Cold first card (fresh process), warm per-card p50/p95, and the cards of a synthetic casebook built cold and then again. */
export async function measureCards(root: string, size: number) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--first'], { cwd: root, encoding: 'utf8' });
  const firstMs = JSON.parse(child.stdout.trim().split('\n').at(-1)!).firstMs as number;
  const cards = await cardsOf(root, 'content');
  const renderer = new CardRenderer(cards);
  await renderer.render(cards[0]!);
  const times: number[] = [];
  for (const card of cards.slice(1, 41)) {
    const started = performance.now();
    await renderer.render(card);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const dir = await mkdtemp(path.join(tmpdir(), 'casebook-bench-cards-'));
  await writeSyntheticCasebook(dir, size, path.join(root, 'content'));
  const synthetic = await cardsOf(root, dir);
  const out = path.join(dir, 'out');
  const cache = path.join(dir, 'cache');
  let started = performance.now();
  // CPU time of the whole process (every worker thread included): unlike the wall time, it hardly grows when other work shares the cores.
  const cpuBefore = process.cpuUsage();
  const cold = await publishCards(synthetic, out, cache);
  const coldSeconds = (performance.now() - started) / 1000;
  const coldCpu = process.cpuUsage(cpuBefore);
  const coldLoad = loadavg()[0]!;
  started = performance.now();
  const again = await publishCards(synthetic, out, cache);
  const againSeconds = (performance.now() - started) / 1000;
  // One case's title edited: its own card and the cards that show it (its series', a list's) are drawn again, no other.
  const cases = (await readdir(path.join(dir, 'cases'))).sort();
  const edited = path.join(dir, 'cases', cases[Math.floor(cases.length / 2)]!);
  await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^title: (.*)$/m, 'title: $1（修订）'));
  const afterEdit = await publishCards(await cardsOf(root, dir), out, cache);
  await rm(dir, { recursive: true, force: true });
  return {
    firstMs,
    p50: times[Math.floor(times.length / 2)]!,
    p95: times[Math.floor(times.length * 0.95)]!,
    count: synthetic.length,
    coldSeconds,
    coldCpuMs: (coldCpu.user + coldCpu.system) / 1000,
    coldLoad,
    drawnCold: cold.rendered,
    threads: cold.threads,
    againSeconds,
    drawnAgain: again.rendered,
    drawnAfterEdit: afterEdit.rendered,
  };
}

/** The cards part of `npm run bench`: {@link measureCards} as a Markdown table, with a synthetic casebook of `size` cases. */
export async function benchCards(root: string, size: number): Promise<string> {
  const cards = await measureCards(root, size);
  const rows = [
    ['social card, first in a fresh process (cold)', `${cards.firstMs.toFixed(0)} ms`, '≤ 500 ms'],
    ['social card, warm p50 / p95', `${cards.p50.toFixed(1)} / ${cards.p95.toFixed(1)} ms`, '≤ 30 ms'],
    [`social cards of ${size} synthetic cases (${cards.count}), none cached`, `${cards.coldSeconds.toFixed(1)} s`, `${cards.drawnCold} drawn by ${cards.threads.workers} worker thread${cards.threads.workers === 1 ? '' : 's'}${cards.threads.publishing ? ' and the publishing thread' : ''}`],
    ['cold throughput', `${(cards.drawnCold / cards.coldSeconds).toFixed(0)} cards/s`, `≥ 150 cards/s on 2 cores (load average ${cards.coldLoad.toFixed(1)} at the end)`],
    [
      'cold CPU time per card drawn (all threads)',
      `${(cards.coldCpuMs / Math.max(1, cards.drawnCold)).toFixed(1)} ms`,
      `≤ ${((1000 * availableParallelism()) / 150).toFixed(1)} ms, the 150 cards/s budget on ${availableParallelism()} idle cores`,
    ],
    ['the same again, nothing changed', `${cards.againSeconds.toFixed(2)} s`, `${cards.drawnAgain} drawn (budget: none)`],
    ["one case's title edited", '', `${cards.drawnAfterEdit} drawn (its own card and those that show its title)`],
  ];
  return `### Social cards\n\n${table(['what', 'time', 'budget or note'], rows)}`;
}
