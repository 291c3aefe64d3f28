// Where each Playwright worker's app servers listen (docs/decisions/028-parallel-e2e-workers.md).
// Worker (parallel index) n has a pair: the `desktop` server on base + 2n and the `openai`
// one on base + 2n + 1, each on its own fresh database, so workers never see each other's rows,
// rate limits or fake-AI state.

/** The port of `slot0Port`'s counterpart for the worker with this parallel index. */
export function serverPort(slot0Port: number, parallelIndex: number): number {
  return slot0Port + 2 * parallelIndex;
}
