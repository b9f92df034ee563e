/**
 * Reads issued together (a store that batches sends them in one round trip). When
 * several fail, the first one listed decides the error, so "may this person act"
 * is answered before "does the thing exist", whichever answer comes back first.
 */
export async function together<T extends readonly unknown[]>(values: { [K in keyof T]: Promise<T[K]> | T[K] }): Promise<T> {
  const settled = await Promise.allSettled(values as readonly unknown[]);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
