import { describe, expect, it } from 'vitest';
import { scopeIds } from './scope-ids.ts';

describe('scopeIds', () => {
  it('prefixes ids and same-page links, and leaves other links and the text alone', () => {
    const html = '<h2 id="背景">背景</h2><p>共 <a class="stat" href="#stat-parks" title="园区 · 数量">12个</a>，见<a href="/cases/x/">另案</a>与<a href="https://example.org/#a">外链</a>。文中写着 id="x" 与 href="#y"。</p>';
    expect(scopeIds(html, 'c1-')).toBe(
      '<h2 id="c1-背景">背景</h2><p>共 <a class="stat" href="#c1-stat-parks" title="园区 · 数量">12个</a>，见<a href="/cases/x/">另案</a>与<a href="https://example.org/#a">外链</a>。文中写着 id="x" 与 href="#y"。</p>',
    );
  });

  it('scopes footnote references both ways, and the ids an aria attribute names', () => {
    const html = '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup><h2 id="footnote-label">注释</h2>';
    expect(scopeIds(html, 'p-')).toBe('<sup><a href="#p-user-content-fn-1" id="p-user-content-fnref-1" aria-describedby="p-footnote-label">1</a></sup><h2 id="p-footnote-label">注释</h2>');
  });
});
