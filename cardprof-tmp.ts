// Temporary card profiling (not committed).
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { deflateSync, constants } from 'node:zlib';
import { existsSync } from 'node:fs';
import { loadCasebook } from './src/model/load.ts';
import { siteCards } from './src/outputs/cards/content.ts';
import { publishedView } from './src/view/published.ts';
import { cardFonts } from './src/outputs/cards/render.ts';
import { cardPieces } from './src/outputs/cards/pieces.ts';
import { card, CARD_SIZES } from './src/outputs/cards/template.ts';
import { pngRows } from './src/outputs/cards/png.ts';
import { site } from './src/site.config.ts';
import { writeSyntheticCasebook } from './scripts/bench/synthetic.ts';

const dir = '/work/syn/cardexp/cb';
if (!existsSync(dir)) await writeSyntheticCasebook(dir, 1000, 'content');
const casebook = await loadCasebook(process.cwd(), dir);
const jobs = siteCards(publishedView({ casebook }), site).slice(0, Number(process.argv[2] ?? 300));
const fonts = await cardFonts(jobs);
const t = { satori: 0, cut: 0, resvg: 0, copy: 0, deflate3: 0, deflate1: 0, rle: 0, subfilter: 0, wholeResvg: 0, resvgRepeated: 0 };
let n = 0, bytes3 = 0, bytesRle = 0, pieceCount = 0, repeated = 0;
const seen = new Map<string, number>();
let area = 0;
for (const job of jobs) {
  const { width, height } = CARD_SIZES[job.shape];
  let a = performance.now();
  const svg = await satori(card(job.content, job.shape) as any, { width, height, fonts });
  t.satori += performance.now() - a; a = performance.now();
  const pieces = cardPieces(svg, width, height);
  t.cut += performance.now() - a;
  if (!pieces) continue;
  n++;
  const rows = pngRows(width, height);
  const stride = width * 4 + 1;
  for (const piece of pieces.pieces) {
    pieceCount++;
    const k = piece.svg;
    const again = seen.has(k);
    if (again) repeated++;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    area += piece.width * piece.height;
    a = performance.now();
    const image = new Resvg(piece.svg, { font: { loadSystemFonts: false } }).render();
    const pixels = image.pixels;
    t.resvg += performance.now() - a;
    if (again) t.resvgRepeated += performance.now() - a;
    a = performance.now();
    const line = piece.width * 4;
    for (let y = 0; y < piece.height; y++) pixels.copy(rows, (piece.y + y) * stride + 1 + piece.x * 4, y * line, (y + 1) * line);
    t.copy += performance.now() - a;
  }
  for (let y = 0; y < height; y++) rows[y * stride] = 0;
  a = performance.now();
  bytes3 += deflateSync(rows, { level: 3 }).length;
  t.deflate3 += performance.now() - a; a = performance.now();
  deflateSync(rows, { level: 1 });
  t.deflate1 += performance.now() - a; a = performance.now();
  // Sub filter, then RLE
  const f = Buffer.allocUnsafe(rows.length);
  for (let y = 0; y < height; y++) {
    const o = y * stride;
    f[o] = 1;
    for (let i = 1; i <= 4; i++) f[o + i] = rows[o + i]!;
    for (let i = 5; i < stride; i++) f[o + i] = (rows[o + i]! - rows[o + i - 4]!) & 255;
  }
  t.subfilter += performance.now() - a; a = performance.now();
  bytesRle += deflateSync(f, { level: 6, strategy: constants.Z_RLE }).length;
  t.rle += performance.now() - a;
}
const per = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, +(v / n).toFixed(2)]));
console.log(JSON.stringify({ cards: n, per, kb3: +(bytes3 / n / 1024).toFixed(1), kbRle: +(bytesRle / n / 1024).toFixed(1), pieces: pieceCount / n, repeatedShare: +(repeated / pieceCount).toFixed(2), areaShare: +(area / n / (1200 * 630)).toFixed(2) }));
