// Many small file operations at once: Promise.all over 50,000 writes opens 50,000 files at the same time and
// fails with EMFILE (a 10,000-case site has about that many data files); a few hundred at a time keep the disk
// as busy without running out of file handles.

/** How many file operations run at once by default: well under the usual limit of open files (1,024 at the least). */
export const FILE_CONCURRENCY = 256;

/**
 * Runs `work` on every item, at most `limit` at a time, and resolves when
 * all are done (rejects with the first failure, after the running ones
 * settle). Results are in the items' order.
 */
export async function mapLimited<T, R>(items: Iterable<T>, work: (item: T, index: number) => Promise<R>, limit = FILE_CONCURRENCY): Promise<R[]> {
  const list = [...items];
  const results = new Array<R>(list.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < list.length && !failure) {
      const index = next++;
      try {
        results[index] = await work(list[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
