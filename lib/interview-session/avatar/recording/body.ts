import "server-only";
import { ChunkRejectedError } from "@/lib/interview-session/avatar/recording/chunks";

/** Reads a raw request body, refusing (413) as soon as it passes `limit` bytes, declared or actual. */
export async function readLimitedBody(req: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw new ChunkRejectedError(`A chunk may be at most ${limit} bytes`, 413, "chunk_too_large");
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        throw new ChunkRejectedError(`A chunk may be at most ${limit} bytes`, 413, "chunk_too_large");
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof ChunkRejectedError) throw error;
    // The client hung up mid-chunk: nothing is stored, the client resends this index.
    throw new ChunkRejectedError("The chunk did not arrive completely", 400, "aborted");
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}
