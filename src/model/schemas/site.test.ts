import { describe, expect, it } from 'vitest';
import { siteSchema } from './site.ts';
import { site } from '../../site.config.ts';

describe('site settings', () => {
  it('are valid and absolute', () => {
    expect(new URL(site.url).protocol).toMatch(/^https?:$/);
    expect(site.lang).toBe('zh-CN');
  });

  it('refuse a relative site URL', () => {
    const result = siteSchema.safeParse({ ...site, url: '/casebook' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be an absolute URL such as https://casebook.example.org');
  });
});
