// The words the share panel's copy button shows, in English (see zh-CN/share.ts).
import type * as zh from '../zh-CN/share.ts';

/** Status after the link was copied. */
export const linkCopied: typeof zh.linkCopied = 'Link copied';

/** Status when the browser refused to copy: the link field is selected for the reader to copy. */
export const copyByHand: typeof zh.copyByHand = 'Press Ctrl+C (or long-press) to copy the selected link';
