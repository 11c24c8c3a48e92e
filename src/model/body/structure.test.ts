import { describe, expect, it } from 'vitest';
import { parseBody } from './parse.ts';
import { CASE_SECTIONS, structureProblems } from './structure.ts';
import { DEFAULT_SECTIONS, type CaseSection } from '../schemas/casebook.ts';

const RULE = 'a case has four level-2 sections in this order: ## 背景, ## 主要做法, ## 成效, ## 启示';

function problems(body: string): string[] {
  const parsed = parseBody(body);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return structureProblems(parsed.tree, body).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

const outline = (...headings: string[]) => headings.map((heading) => `${heading}\n\n正文。\n`).join('\n');

describe('the four sections of a case', () => {
  it('accepts them in order, with subheadings, other sections between and text before', () => {
    expect(problems(`导语。\n\n${outline('## 背景', '## 主要做法', '### 小标题', '## 成效', '## 专家点评', '## 启示')}`)).toEqual([]);
  });

  it('accepts the few other names, listed in one place', () => {
    expect(CASE_SECTIONS).toEqual([
      { name: '背景', also: [] },
      { name: '主要做法', also: ['做法'] },
      { name: '成效', also: ['主要成效'] },
      { name: '启示', also: ['经验启示'] },
    ]);
    expect(problems(outline('## 背景', '## 做法', '## 主要成效', '## 经验启示'))).toEqual([]);
  });

  it('refuses an empty body, and a body without headings in one error', () => {
    expect(problems(' \n\n')).toEqual([`1:1 the body is empty: ${RULE}`]);
    expect(problems('只有一段正文。')).toEqual([`1:1 missing sections ## 背景, ## 主要做法, ## 成效 and ## 启示: ${RULE} (found: no level-2 headings)`]);
  });

  it('names a missing section at the last level-2 heading before its place, or at the first line', () => {
    expect(problems(outline('## 背景', '## 主要做法', '## 成效'))).toEqual([
      `9:1 missing section ## 启示: ${RULE} (found: ## 背景, ## 主要做法, ## 成效)`,
    ]);
    expect(problems(outline('## 背景', '## 主要做法', '## 效果', '## 启示'))).toEqual([
      `9:1 missing section ## 成效: ${RULE} (found: ## 背景, ## 主要做法, ## 效果, ## 启示)`,
    ]);
    expect(problems(outline('## 主要做法', '## 成效', '## 启示'))).toEqual([`1:1 missing section ## 背景: ${RULE} (found: ## 主要做法, ## 成效, ## 启示)`]);
    expect(problems(outline('## 背景', '## 主要做法'))).toEqual([`5:1 missing sections ## 成效 and ## 启示: ${RULE} (found: ## 背景, ## 主要做法)`]);
  });

  it('names a section written at another level at that heading', () => {
    expect(problems(outline('## 背景', '## 主要做法', '### 成效', '## 启示'))).toEqual([
      `9:1 missing section ## 成效 (### 成效 here is a level-3 heading: write ## 成效): ${RULE} (found: ## 背景, ## 主要做法, ## 启示)`,
    ]);
  });

  it('names a section out of order, the one that moved, and a section repeated', () => {
    expect(problems(outline('## 主要做法', '## 成效', '## 启示', '## 背景'))).toEqual([
      `13:1 section ## 背景 is out of order: ${RULE} (found: ## 主要做法, ## 成效, ## 启示, ## 背景)`,
    ]);
    expect(problems(outline('## 背景', '## 主要做法', '## 成效', '## 启示', '## 做法'))).toEqual([
      `17:1 section ## 做法 appears twice: ${RULE} (found: ## 背景, ## 主要做法, ## 成效, ## 启示, ## 做法)`,
    ]);
  });

  it('reads headings as a reader sees them and only at the top level', () => {
    expect(problems(outline('## *背景*', '##  主要做法 ', '## 成效 ##', '## [启示](#x)'))).toEqual([]);
    expect(problems(`> ## 背景\n\n${outline('## 主要做法', '## 成效', '## 启示')}`)).toEqual([
      `1:1 missing section ## 背景: ${RULE} (found: ## 主要做法, ## 成效, ## 启示)`,
    ]);
  });
});

describe('sections from casebook.yaml', () => {
  const english = DEFAULT_SECTIONS.en;
  const problemsOf = (body: string, sections: readonly CaseSection[] = english) => {
    const parsed = parseBody(body);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return structureProblems(parsed.tree, body, sections).map((problem) => problem.message);
  };

  it('accepts an English case with the English default sections, whatever their capitals', () => {
    expect(problemsOf('## Background\n\nx\n\n## What Was Done\n\nx\n\n## Results\n\nx\n\n## Lessons\n\nx\n')).toEqual([]);
    expect(problemsOf('## Background\n\nx\n\n## Approach\n\nx\n\n## Outcomes\n\nx\n\n## Lessons learned\n\nx\n')).toEqual([]);
  });

  it('names the casebook\'s own sections when one is missing', () => {
    expect(problemsOf('## Background\n\nx\n\n## Results\n\nx\n\n## Lessons\n\nx\n')).toEqual([
      'missing section ## What was done: a case has four level-2 sections in this order: ## Background, ## What was done, ## Results, ## Lessons (found: ## Background, ## Results, ## Lessons)',
    ]);
    const three = [{ name: '问题', also: [] }, { name: '做法', also: [] }, { name: '效果', also: [] }];
    expect(problemsOf('## 问题\n\nx\n\n## 效果\n\nx\n', three)).toEqual([
      'missing section ## 做法: a case has three level-2 sections in this order: ## 问题, ## 做法, ## 效果 (found: ## 问题, ## 效果)',
    ]);
  });
});
