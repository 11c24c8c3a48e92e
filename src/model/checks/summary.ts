import type { CheckResult } from './index.ts';
import { verificationCounts } from '../../domain/verification.ts';

/**
 * One line on how the figures stand against their sources, for `npm run
 * check` and the build: how many were found in a source text, and which
 * sources left figures 未核对原文 (not checked against the source) and why.
 */
export function verificationSummary({ verifications }: Pick<CheckResult, 'verifications'>): string {
  const counts = verificationCounts(verifications.values());
  const unchecked = new Map<string, number>();
  let noFolder = false;
  for (const list of verifications.values()) {
    for (const item of list) {
      if (item.status !== 'unverified') continue;
      if (item.reason === 'no-text') unchecked.set(item.source, (unchecked.get(item.source) ?? 0) + 1);
      else noFolder = true;
    }
  }
  const parts = [`${counts.verified} figures found in their source texts`];
  if (counts.unverified) {
    const why = [
      ...[...unchecked].map(([source, count]) => `${count} from source "${source}", which has no text`),
      ...(noFolder ? ['the rest because the source-text folder is not there'] : []),
    ];
    parts.push(`${counts.unverified} 未核对原文 (not checked against the source: ${why.join('; ')})`);
  }
  if (counts['not-found']) parts.push(`${counts['not-found']} not found`);
  return parts.join(', ');
}
