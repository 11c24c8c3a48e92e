import { describe, expect, it } from 'vitest';
import { parseBody } from './parse.ts';
import { contentProblems, statTags } from './components.ts';

const problems = (body: string) => {
  const parsed = parseBody(body);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return contentProblems(parsed.tree).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
};

describe('a case body is content, not code', () => {
  it('accepts Markdown, GFM, comments, <Stat id> and <NotClaim>', () => {
    expect(problems('正文<Stat id="a" />，<NotClaim>十四五</NotClaim>。{/* 编者注 */}\n\n| 列 |\n| --- |\n| 值 |\n\n[官网](https://example.org) [邮件](mailto:a@b.cn) [本站](/cases/x/)')).toEqual([]);
  });

  it('refuses imports, exports and expressions, at their lines', () => {
    expect(problems("import fs from 'node:fs'\n\n正文{fs.readFileSync('/etc/hostname')}")).toEqual([
      '1:1 import and export are not allowed in a case body: a case is content, not code',
      "3:3 {fs.readFileSync('/etc/hostname} is code; a case body may hold only text and comments {/* … */}",
    ]);
  });

  it('refuses tags other than the components, and attributes they do not take', () => {
    expect(problems('<img src="x" onerror="alert(1)" />\n\n<Stat id="a" onclick="x" />')).toEqual([
      '1:1 <img> is not allowed in a case body: use Markdown, <Stat id="…" /> or <NotClaim>…</NotClaim> (write \\< for a literal "<")',
      '3:1 <Stat> takes id="…", not onclick',
    ]);
  });

  it('refuses links to scripts in any letter case or spacing', () => {
    expect(problems('[点此](javascript:alert(1)) [再点](JaVaScRiPt:alert(1)) ![图](data:image/svg+xml,x)')).toHaveLength(3);
    expect(problems('[点此](java&#x09;script:alert(1))')).toHaveLength(1);
  });
});

describe('the one <Stat> reader', () => {
  it('lists every <Stat id> with its position, in order', () => {
    const parsed = parseBody('甲<Stat id="a" />\n\n## 小标题\n\n乙<Stat id="b" />丙<Stat id="a" />');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(statTags(parsed.tree)).toEqual([
      { id: 'a', line: 1, column: 2 },
      { id: 'b', line: 5, column: 2 },
      { id: 'a', line: 5, column: 18 },
    ]);
  });
});
