import { describe, expect, it } from 'vitest';
import { receiptHtml } from './receipt.ts';

describe('a statistic\'s receipt', () => {
  it('quotes the source sentence with the figure marked, every text escaped', () => {
    const html = receiptHtml({
      status: 'verified',
      source: 'report',
      paragraph: 3,
      line: 7,
      offset: 120,
      quote: { before: '共有<script>alert(1)</script>"', figure: '12家', after: '企业参加。' },
    });
    expect(html).toContain('<span class="receipt-status verified">已核对原文</span><span class="receipt-where">原文第 3 段：</span>');
    expect(html).toContain('<q class="receipt-quote">共有&lt;script&gt;alert(1)&lt;/script&gt;&quot;<mark>12家</mark>企业参加。</q>');
    expect(html).not.toContain('<script>');
  });

  it('says 未核对原文 and why when there was no text, and never 已核对原文', () => {
    const html = receiptHtml({ status: 'unverified', source: 'notes', reason: 'no-text' });
    expect(html).toContain('未核对原文</span> 该来源没有可供核对的全文。');
    expect(html).not.toContain('已核对');
    expect(receiptHtml(undefined)).toContain('未核对原文');
  });
});
