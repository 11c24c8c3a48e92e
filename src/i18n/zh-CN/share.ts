// The words the share panel's copy button shows (the panel itself is in SharePanel.astro). Apart
// from the full dictionary (zh-CN/case.ts re-exports them under `ui.share`) because this
// script is inlined into every page that has a share panel: it must stay tiny.

/** Status after the link was copied. */
export const linkCopied: string = '链接已复制';

/** Status when the browser refused to copy: the link field is selected for the reader to copy. */
export const copyByHand: string = '请按 Ctrl+C（或长按）复制已选中的链接';
