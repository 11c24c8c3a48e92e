import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { builtPages, bySection, read } from './helpers/built-site.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

// Every built page of the bundled casebook against html-validate's recommended rules, with no rule
// turned off: valid markup, landmarks with distinct names, forms with a submit button, ARIA used as
// meant. One test per part of the site, so a failure names the part (and the owner) at once.
describe('every built page passes html-validate (recommended)', () => {
  const pages = builtPages(dist);
  const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));

  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(60);
  });

  for (const [section, group] of bySection(pages)) {
    it(`${section}: ${group.length} page${group.length > 1 ? 's' : ''}`, async () => {
      const problems: string[] = [];
      for (const page of group) {
        const report = await validator.validateString(read(page), page.path);
        for (const result of report.results) {
          for (const message of result.messages) problems.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` [${message.selector}]` : ''}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
