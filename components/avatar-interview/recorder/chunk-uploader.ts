// Uploads recording chunks one at a time, in order, retrying with backoff on
// network errors and server hiccups. The server acknowledges a resent chunk
// without storing it twice, so retrying after a lost response is safe. No React
// here: the hook wraps it, and tests drive it with a fake fetch.

export type UploadFetch = (url: string, init: RequestInit) => Promise<Response>;

export type UploaderOptions = {
  sessionId: string;
  /** The recorder's mime type; its base type is the chunks' Content-Type. */
  mime: string;
  fetch?: UploadFetch;
  /** Waits between retries; resolves early when retryNow() is called (the browser came back online). */
  sleep?: (ms: number, wake: Promise<void>) => Promise<void>;
  /** Attempts per chunk before giving up (default 30, about five minutes with the backoff cap). */
  maxAttempts?: number;
  onProgress?: (progress: { uploadedBytes: number; pendingChunks: number; error: string | null }) => void;
};

/** Responses that retrying cannot fix. */
const FATAL = new Set([400, 401, 403, 404, 409, 413, 415]);

export function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 10_000);
}

const defaultSleep = (ms: number, wake: Promise<void>) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    void wake.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });

async function errorText(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The server answered ${response.status}`;
}

export class ChunkUploader {
  private readonly queue: { index: number; data: Blob }[] = [];
  private nextIndex = 0;
  private running: Promise<void> | null = null;
  private wakeUp: () => void = () => undefined;
  private wake: Promise<void> = this.newWake();
  uploadedBytes = 0;
  error: string | null = null;

  constructor(private readonly options: UploaderOptions) {}

  get pendingChunks(): number {
    return this.queue.length;
  }

  private get base(): string {
    return `/api/avatar-interview/sessions/${encodeURIComponent(this.options.sessionId)}/recording`;
  }

  private newWake(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wakeUp = resolve;
    });
  }

  /** Retries a waiting upload at once (call on the window's "online" event). */
  retryNow(): void {
    this.wakeUp();
    this.wake = this.newWake();
  }

  private report(): void {
    this.options.onProgress?.({ uploadedBytes: this.uploadedBytes, pendingChunks: this.queue.length, error: this.error });
  }

  /** Queues the next chunk (MediaRecorder's dataavailable) and starts uploading. */
  enqueue(data: Blob): void {
    if (data.size === 0 || this.error) return;
    this.queue.push({ index: this.nextIndex++, data });
    this.report();
    void this.drain();
  }

  private drain(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    while (this.queue.length > 0 && !this.error) {
      const ok = await this.send(this.queue[0]!);
      if (!ok) break;
      this.queue.shift();
      this.report();
    }
  }

  /** Sends with retries; false (and `error` set) when it gave up. */
  private async request(url: string, init: () => RequestInit, onOk: (response: Response) => Promise<void>): Promise<boolean> {
    const fetcher = this.options.fetch ?? ((input: string, requestInit: RequestInit) => fetch(input, requestInit));
    const sleep = this.options.sleep ?? defaultSleep;
    const attempts = this.options.maxAttempts ?? 30;
    for (let attempt = 0; ; attempt += 1) {
      let response: Response | null = null;
      try {
        response = await fetcher(url, init());
      } catch {
        response = null; // offline or the connection dropped: retry
      }
      if (response?.ok) {
        await onOk(response);
        return true;
      }
      if (response && FATAL.has(response.status)) {
        this.error = await errorText(response);
        this.report();
        return false;
      }
      if (attempt + 1 >= attempts) {
        this.error = "The recording could not be uploaded (no connection). What was uploaded is kept as a partial video.";
        this.report();
        return false;
      }
      await sleep(backoffMs(attempt), this.wake);
    }
  }

  private send(item: { index: number; data: Blob }): Promise<boolean> {
    return this.request(
      `${this.base}/chunks?index=${item.index}`,
      () => ({ method: "POST", headers: { "Content-Type": this.options.mime.split(";")[0]! }, body: item.data }),
      async (response) => {
        const body = (await response.json()) as { receivedBytes: number };
        this.uploadedBytes = body.receivedBytes;
      },
    );
  }

  /** Resolves once every queued chunk is uploaded, or the uploader gave up. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 && !this.error) await this.drain();
  }

  /** Uploads what is left, then marks the recording complete. False when anything failed (the recording stays partial). */
  async complete(durationMs: number): Promise<boolean> {
    await this.flush();
    if (this.error || this.nextIndex === 0) {
      if (!this.error && this.nextIndex === 0) {
        this.error = "Nothing was recorded.";
        this.report();
      }
      return false;
    }
    return this.request(
      `${this.base}/complete`,
      () => ({ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ durationMs: Math.round(durationMs), mime: this.options.mime }) }),
      async () => undefined,
    );
  }
}
