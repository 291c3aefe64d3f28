// Answers typed while offline wait in IndexedDB and are posted to
// POST /api/ai-interview/sessions/[id]/answers when the browser is back online.
// One record per answer id: queueing the same answer twice overwrites it, and
// the endpoint keeps the first answer it stored, so replays never duplicate.
// Browser-only code.

export type QueuedAnswer = {
  answerId: string;
  sessionId: string;
  /** Whose answer it is: another person signing in on this device never sends it. */
  userId: string;
  answer: string;
  durationSeconds?: number;
  queuedAt: number;
};

export type SyncEvent =
  | { kind: "synced"; answerId: string; sessionId: string }
  | { kind: "rejected"; answerId: string; sessionId: string; message: string };

/** Dispatched on window for every answer that left the queue. */
export const SYNC_EVENT = "pwa:answer-sync";

const DB_NAME = "interview-prep-offline";
const STORE = "answers";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "answerId" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = run(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

export async function queueAnswer(answer: Omit<QueuedAnswer, "queuedAt">): Promise<void> {
  await withStore("readwrite", (store) => store.put({ ...answer, queuedAt: Date.now() } satisfies QueuedAnswer));
}

export async function getQueuedAnswer(answerId: string): Promise<QueuedAnswer | undefined> {
  return withStore<QueuedAnswer | undefined>("readonly", (store) => store.get(answerId));
}

async function removeQueuedAnswer(answerId: string): Promise<void> {
  await withStore("readwrite", (store) => store.delete(answerId));
}

async function allQueuedAnswers(): Promise<QueuedAnswer[]> {
  return withStore<QueuedAnswer[]>("readonly", (store) => store.getAll());
}

/** What to do with a queued answer after the server answered with this status. */
export function outcomeOf(status: number): "synced" | "retry-later" | "rejected" {
  if (status >= 200 && status < 300) return "synced";
  // Signed out, rate limited, or the server is in trouble: keep it and try again later.
  if (status === 401 || status === 408 || status === 429 || status >= 500) return "retry-later";
  // Invalid, or the session is gone / not this user's: retrying cannot help.
  return "rejected";
}

async function post(item: QueuedAnswer): Promise<{ outcome: ReturnType<typeof outcomeOf>; message: string }> {
  const response = await fetch(`/api/ai-interview/sessions/${encodeURIComponent(item.sessionId)}/answers`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ answerId: item.answerId, answer: item.answer, durationSeconds: item.durationSeconds }),
  });
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return { outcome: outcomeOf(response.status), message: body?.error ?? `The server answered ${response.status}.` };
}

let running: Promise<number> | null = null;

/**
 * Sends this user's queued answers, oldest first; stops at the first one that
 * must wait (offline, signed out). Returns how many were stored. Runs once at a
 * time per page and, where Web Locks exist, per browser.
 */
export function syncQueuedAnswers(userId: string): Promise<number> {
  if (running) return running;
  const work = async () => {
    let synced = 0;
    const items = (await allQueuedAnswers())
      .filter((item) => item.userId === userId)
      .sort((a, b) => a.queuedAt - b.queuedAt);
    for (const item of items) {
      let result: Awaited<ReturnType<typeof post>>;
      try {
        result = await post(item);
      } catch {
        break; // still offline
      }
      if (result.outcome === "retry-later") break;
      await removeQueuedAnswer(item.answerId);
      const detail: SyncEvent =
        result.outcome === "synced"
          ? { kind: "synced", answerId: item.answerId, sessionId: item.sessionId }
          : { kind: "rejected", answerId: item.answerId, sessionId: item.sessionId, message: result.message };
      if (result.outcome === "synced") synced += 1;
      window.dispatchEvent(new CustomEvent<SyncEvent>(SYNC_EVENT, { detail }));
    }
    return synced;
  };
  const locked: Promise<number> =
    "locks" in navigator ? navigator.locks.request("answer-queue-sync", () => work()).then((count) => count) : work();
  const current = locked.finally(() => {
    running = null;
  });
  running = current;
  return current;
}
