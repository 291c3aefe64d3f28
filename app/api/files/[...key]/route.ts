import { route } from "@/lib/api/handler";
import { segments } from "@/lib/api/params";
import { canReadFile, serveFile } from "@/lib/storage/serve";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Streams a stored file to its owner, honouring Range requests. Anyone else gets 404. */
export const GET = route({ params: segments("key") }, async ({ req, user, params }) => {
  const key = params.key.join("/");
  if (!canReadFile(user.id, key)) throw new NotFoundError("File not found");
  return serveFile(key, req.headers);
});
