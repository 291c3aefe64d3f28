import { route } from "@/lib/api/handler";
import { canReadFile, serveFile } from "@/lib/storage/serve";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Streams a stored file to its owner, honouring Range requests. Anyone else gets 404. */
export const GET = route({}, async ({ req, user, params }) => {
  const key = (Array.isArray(params.key) ? params.key : [params.key]).join("/");
  if (!canReadFile(user.id, key)) throw new NotFoundError("File not found");
  return serveFile(key, req.headers.get("range"));
});
