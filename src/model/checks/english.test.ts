import { describe, expect, it, onTestFinished } from 'vitest';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './index.ts';
import { formatDiagnostic } from '../diagnostics.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// Invented for the test: an English source text, hard-wrapped as reports often are.
const SOURCE = `Riverside broadband programme: annual review

The programme now reaches nearly 97% of households in the district. More than
1,300 people took part in digital skills courses in 2023, and the council
set aside $2.6 million for the work. The Riverside Community Development Trust
opened a shared service hall where residents can register for pensions, enrol in training and raise complaints in one visit.
`;

const CASE = `---
title: Riverside broadband test case
summary: A case written in English to check that English figures, metrics and claims are read and verified against an English source.
series: penglai-chain
kind: industrial-chain
place: { province: 山东省, city: 烟台市, district: 蓬莱区 }
date: 2026-11-05
sources: [report]
stats:
  - id: reach
    figure: "nearly 97%"
    subject: Riverside broadband programme
    metric: share of households reached
    source: report
  - id: learners
    figure: "more than 1,300 people"
    subject: Riverside digital skills courses
    metric: people trained
    source: report
  - id: budget
    figure: "$2.6 million"
    subject: Riverside broadband programme
    metric: annual budget
    source: report
  - id: unqualified
    figure: "1,300 people"
    subject: Riverside digital skills courses (unqualified)
    metric: people trained
    source: report
  - id: wrong
    figure: "$2.7 million"
    subject: Riverside broadband programme (wrong)
    metric: annual budget
    source: report
---

## 背景

The programme reaches <Stat id="reach" /> of homes, trained <Stat id="learners" /> and <Stat id="unqualified" />, and cost <Stat id="budget" /> or <Stat id="wrong" />.

## 主要做法

Phase 2 began on 12 March 2024 along Route 66. The Riverside Community Development Trust runs it. A neighbouring county spent $180 million on 230,000 persons.

## 成效

Residents can register for pensions, enrol in training and raise complaints in one visit.

## 启示

Plain words travel further.
`;

describe('an English case checked against an English source', () => {
  it('verifies English figures where the source prints them, and reports what it does not, in the Chinese messages\' shape', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'casebook-english-'));
    onTestFinished(() => rm(project, { recursive: true, force: true }));
    await cp(path.join(root, 'tests/fixtures/unsourced'), path.join(project, 'en'), { recursive: true });
    await rm(path.join(project, 'en/cases/wrong-figures.mdx'));
    await rm(path.join(project, 'en/sources/lost.yaml'));
    await writeFile(path.join(project, 'en/cases/riverside.mdx'), CASE);
    await writeFile(path.join(project, 'en/texts/report.txt'), SOURCE);

    const result = await checkCasebook(project, { contentDir: 'en', sourceTexts: 'en/texts' });
    const lines = result.diagnostics.map(formatDiagnostic);
    const file = 'en/cases/riverside.mdx';
    expect(lines.sort()).toEqual(
      [
        `${file}:26:13 stats[3].figure: "1,300 people" is printed in source "report" (report.txt) as "More than 1,300 people" (line 3): the qualifier differs (more-than, not exact); copy the figure with its qualifier`,
        `${file}:31:13 stats[4].figure: "$2.7 million" is not printed in source "report" (report.txt); copy the figure exactly as the source prints it (the nearest it prints: $2.6 million at line 5)`,
        `${file}:43:127 "$180 million" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>`,
        `${file}:43:143 "230,000 persons" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>`,
        `${file}:47:1 copied from a source (14 words in a row: "residents can register for pen…"); rewrite it in your own words`,
      ].sort(),
    );
    const [reach, learners, budget] = result.verifications.get('riverside')!;
    expect(reach).toMatchObject({ status: 'verified', line: 3, quote: { before: 'The programme now reaches ', figure: 'nearly 97%', after: ' of households in the district.' } });
    expect(learners).toMatchObject({ status: 'verified', line: 3, quote: { figure: 'More than 1,300 people' } });
    expect(budget).toMatchObject({ status: 'verified', line: 5, quote: { figure: '$2.6 million' } });
  });
});
