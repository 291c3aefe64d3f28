import { route } from "@/lib/api/handler";
import { segments } from "@/lib/api/params";
import { modelFile } from "@/lib/interview-session/avatar/analysis/model-files";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Face/posture model files and the TensorFlow.js WebAssembly binaries, from node_modules; versioned URLs, cached for good. */
export const GET = route({ auth: false, params: segments("path") }, async ({ params }) => {
  const file = await modelFile(params.path);
  if (!file) throw new NotFoundError("Model file not found");
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.type,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
