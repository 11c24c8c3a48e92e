import type { z } from 'astro/zod';
import { formatDiagnostic } from '../diagnostics.ts';
import { validateSource } from '../validate.ts';
import { parseYamlSource } from '../files/yaml-source.ts';

/** Validates YAML text as `file` against `schema`; returns the data or the formatted diagnostics. Test-only. */
export function validateYaml<S extends z.ZodType>(schema: S, text: string, file = 'content/x.yaml') {
  const parsed = parseYamlSource(text, file);
  if (!parsed.ok) return { data: undefined, problems: parsed.diagnostics.map(formatDiagnostic) };
  const result = validateSource(schema, parsed.source, file);
  return result.ok ? { data: result.data, problems: [] } : { data: undefined, problems: result.diagnostics.map(formatDiagnostic) };
}

/** A valid case file (frontmatter from line 1, body after it), for tests that change one field. Test-only. */
export const VALID_CASE = `---
title: 蓬莱区：以党建联盟串起海工装备产业链
summary: 蓬莱区把党组织建在产业链上，以党建联盟带动链上企业协作，这是用于测试的示例摘要。
series: penglai-chain
kind: industrial-chain
place:
  province: 山东省
  city: 烟台市
  district: 蓬莱区
date: 2026-11-05
tags: [海工装备, 海上风电]
sources: [spread-b14-b15]
stats:
  - id: member-firms
    figure: "12家"
    subject: 蓬莱区海工装备产业链党建联盟
    metric: 成员企业数
    source: spread-b14-b15
    headline: true
---

正文。
`;
