import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSerwistRoute } from "@serwist/turbopack";

const iconRevision = createHash("sha256")
  .update(readFileSync(join(process.cwd(), "app", "icon.svg")))
  .digest("hex")
  .slice(0, 16);

// Builds lib/pwa/sw.ts with esbuild at `next build` time (force-static), injecting
// the precache list of the build's static assets and public/ files. Served as
// /serwist/sw.js with "Service-Worker-Allowed: /" so it can control every page.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/pwa/sw.ts",
  useNativeEsbuild: true,
  // Source maps would be precached for nothing.
  globIgnores: ["**/node_modules/**/*", "**/*.map"],
  additionalPrecacheEntries: [{ url: "/icon.svg", revision: iconRevision }],
});
