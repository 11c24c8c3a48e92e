import type { Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { needlessReconciliations, type ClaimRecord, type Disagreement } from '../../domain/claims.ts';

/**
 * The same subject and metric stated by two statistics must agree, unless an
 * editor has recorded a reconciliation on each of them; a reconciliation
 * where nothing disagrees is an error too, so notes never go stale.
 */
export function checkConsistency(casebook: Casebook, records: readonly ClaimRecord[], disagreements: readonly Disagreement[]): Diagnostic[] {
  const cases = new Map(casebook.cases.map((entry) => [entry.id, entry]));
  const diagnostics: Diagnostic[] = [];
  const where = (record: ClaimRecord) => {
    const entry = cases.get(record.caseId)!;
    return { entry, position: entry.source.locate(['stats', record.index, 'figure']) };
  };
  for (const group of disagreements) {
    for (const record of group.claims) {
      if (record.stat.reconciliation) continue;
      const { entry, position } = where(record);
      const others = group.claims
        .filter((other) => other !== record)
        .map((other) => {
          const { entry: otherEntry, position: otherPosition } = where(other);
          return `"${other.stat.figure}" in ${otherEntry.file}:${otherPosition.line} (source ${other.stat.source.id})`;
        });
      diagnostics.push({
        file: entry.file,
        ...position,
        field: `stats[${record.index}].figure`,
        message: `"${record.stat.figure}" (source ${record.stat.source.id}) disagrees with ${others.join(', ')} for ${group.label}: add a reconciliation (verdict: uses-this or scopes-differ, and a note) to each of these statistics`,
      });
    }
  }
  for (const record of needlessReconciliations(records, disagreements)) {
    const entry = cases.get(record.caseId)!;
    diagnostics.push({
      file: entry.file,
      ...entry.source.locate(['stats', record.index, 'reconciliation']),
      field: `stats[${record.index}].reconciliation`,
      message: `no other statistic states ${record.stat.subject} · ${record.stat.metric} differently, so there is nothing to reconcile: remove it`,
    });
  }
  return diagnostics;
}
