import { describe, expect, it } from 'vitest';
import { thesaurusSchema } from './thesaurus.ts';

describe('the search thesaurus schema', () => {
  it('accepts groups of two or more words and refuses a lone word or a bare string', () => {
    expect(thesaurusSchema.parse({ groups: [['高新区', '高新技术产业开发区']] }).groups).toHaveLength(1);
    const result = thesaurusSchema.safeParse({ groups: [['新就业群体'], 'oops'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['groups.0', 'groups.1']);
  });

  it('refuses unknown keys, so a typo in `groups` is caught', () => {
    expect(thesaurusSchema.safeParse({ group: [['a', 'b']] }).success).toBe(false);
  });
});
