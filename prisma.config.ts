// Prisma CLI configuration. The JavaScript schema engine with a driver adapter
// lets `migrate deploy/diff` and `generate` run offline: the classic Rust
// engines would be downloaded from Prisma's servers, which these machines
// cannot reach. See docs/decisions/002-prisma-6-offline-migrations.md.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Without DATABASE_URL the CLI falls back to downloading a query engine even for
// `generate`, which never connects. A placeholder keeps it on the offline path.
const PLACEHOLDER = "postgresql://placeholder@127.0.0.1:1/placeholder";
process.env.DATABASE_URL ||= PLACEHOLDER;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url || url === PLACEHOLDER) {
      throw new Error("Set DATABASE_URL (or use `npm run db:migrate`, which starts the embedded PostgreSQL).");
    }
    return new PrismaPg({ connectionString: url });
  },
});
