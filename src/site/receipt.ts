import type { Verification } from '../domain/verification.ts';
import { ui } from '../site.config.ts';
import { escapeHtml as escape } from '../domain/html.ts';

/**
 * A statistic's receipt as HTML: 已核对原文, the paragraph and the source
 * sentence quoted with the figure marked; or 未核对原文 and why; never
 * "verified" without a sentence. A plain function rather than a component:
 * a 1,000-case site renders twelve thousand of them, and an Astro component
 * each cost more than a second a build. Every text is escaped here (the
 * quote is a source's text). Styles: `.receipt` in src/styles/global.css.
 */
export function receiptHtml(verification: Verification | undefined): string {
  if (verification?.status === 'verified') {
    const { before, figure, after } = verification.quote;
    return `<span class="receipt"><span class="receipt-status verified">${escape(ui.receipt.verified)}</span><span class="receipt-where">${escape(ui.receipt.where(verification.paragraph))}</span><q class="receipt-quote">${escape(before)}<mark>${escape(figure)}</mark>${escape(after)}</q></span>`;
  }
  if (verification?.status === 'not-found') {
    return `<span class="receipt"><span class="receipt-status not-found">${escape(ui.receipt.notFound)}</span> ${escape(ui.receipt.notFoundNote)}</span>`;
  }
  return `<span class="receipt"><span class="receipt-status unverified">${escape(ui.receipt.unverified)}</span> ${escape(ui.receipt.reasons[verification?.reason ?? 'not-checked'])}</span>`;
}
