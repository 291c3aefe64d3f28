// Every file the app keeps goes through this interface, so the local disk
// driver and a cloud driver are interchangeable and instances stay stateless.

export type StoredObject = {
  /** The bytes (or the requested range of them). */
  body: ReadableStream<Uint8Array>;
  /** Total size of the object in bytes. */
  size: number;
  /** Inclusive byte range returned. */
  range: { start: number; end: number };
};

export interface FileStorage {
  readonly name: "local" | "uploadthing";
  put(key: string, data: Uint8Array): Promise<{ key: string; size: number }>;
  /** Reads an object, or the inclusive byte range [start, end] of it; null when absent. */
  get(key: string, range?: { start: number; end?: number }): Promise<StoredObject | null>;
  size(key: string): Promise<number | null>;
  delete(key: string): Promise<void>;
}

/** Keys are slash-separated relative paths of safe characters; never absolute, never "..". */
export function assertSafeKey(key: string): void {
  if (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(key) || key.split("/").some((part) => part === ".." || part === ".")) {
    throw new Error(`Unsafe storage key: ${key}`);
  }
}
