import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { parseYamlSource } from './yaml-source.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const reference = (text: string) => parseDocument(text, { version: '1.2', uniqueKeys: true }).toJS();
const value = (text: string) => {
  const parsed = parseYamlSource(text, 'x.yaml');
  if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
  return parsed.source.value;
};

describe('YAML with positions', () => {
  it('reads every frontmatter and record of the bundled casebook as YAML 1.2 does', () => {
    const files = ['cases', 'series', 'sources'].flatMap((folder) =>
      readdirSync(`${root}content/${folder}`).map((name) => readFileSync(`${root}content/${folder}/${name}`, 'utf8')),
    );
    expect(files.length).toBeGreaterThan(15);
    for (const text of files) {
      const yaml = text.startsWith('---') ? text.split(/^---\s*$/m)[1]! : text;
      expect(value(yaml)).toEqual(reference(yaml));
    }
  });

  it('keeps dates, yes/no and odd numbers as YAML 1.2 reads them', () => {
    const text = 'date: 2026-11-05\nflag: no\non: yes\nn: 1_000\no: 0o17\nx: .5\nempty:\nlist: [a, "b: c"]\nblock: |\n  第一行\n  第二行\n';
    expect(value(text)).toEqual(reference(text));
  });

  it('points at the line of a field, and reports a syntax error at its line', () => {
    const parsed = parseYamlSource('title: 标题\nstats:\n  - id: a\n    figure: "12家"\n', 'x.yaml', 2);
    expect(parsed.ok && parsed.source.locate(['stats', 0, 'figure'])).toEqual({ line: 5, column: 13 });
    const broken = parseYamlSource('title: 标题\ntitle: 又一个\n', 'x.yaml', 2);
    expect(broken.ok ? [] : broken.diagnostics.map((item) => item.line)).toEqual([3]);
  });

  it('refuses an alias bomb with a diagnostic at the file, not a crash', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, n) => `${String.fromCharCode(98 + n)}: &${String.fromCharCode(98 + n)} [*${String.fromCharCode(97 + n)}, *${String.fromCharCode(97 + n)}, *${String.fromCharCode(97 + n)}, *${String.fromCharCode(97 + n)}, *${String.fromCharCode(97 + n)}, *${String.fromCharCode(97 + n)}, *${String.fromCharCode(97 + n)}, *${String.fromCharCode(97 + n)}, *${String.fromCharCode(97 + n)}]`)].join('\n');
    const parsed = parseYamlSource(bomb, 'x.yaml', 2);
    expect(parsed.ok ? [] : parsed.diagnostics.map((item) => `${item.file}:${item.line} ${item.message}`)).toEqual([
      'x.yaml:2 invalid YAML: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });
});
