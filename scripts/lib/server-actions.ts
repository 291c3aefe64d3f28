// Calls server actions the way React does from a form in the browser: a POST to
// the page that renders the form, with the action's id in `Next-Action` and the
// arguments encoded by React's reply format. The ids come from the build's
// server-reference manifest, which is where the browser's chunks get them too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./app-env";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }> };

/** The id of the action `exportedName` exported by `file` (relative to the app root) in the current build. */
export function actionId(exportedName: string, file: string): string {
  const path = join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportedName && entry.filename?.endsWith(file)) return id;
  }
  throw new Error(`No server action ${exportedName} from ${file} in the build`);
}

/** The initial state every form passes as the first argument (lib/actions/state.ts). */
const IDLE = { status: "idle" } as const;

/** Headers of an action call; Origin matches the host, as the browser's same-origin fetch sends it. */
export function actionHeaders(url: string, id: string, cookie: string): Record<string, string> {
  return { accept: "text/x-component", "next-action": id, origin: url, cookie };
}

/** An action called with plain values (react-hook-form forms): one JSON array of the arguments. */
export function jsonActionBody(input: Record<string, string>): string {
  return JSON.stringify([IDLE, input]);
}

/**
 * An action called with a FormData (file uploads): React sends multipart, the
 * argument list in field "0" with the FormData as a reference ("$K1") whose
 * fields are prefixed "_1_" (processReply in react-server-dom's client).
 */
export function formActionBody(fields: Record<string, string | Blob>, filenames: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set("0", JSON.stringify([IDLE, "$K1"]));
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(`_1_${name}`, value);
    else form.append(`_1_${name}`, value, filenames[name] ?? name);
  }
  return form;
}
