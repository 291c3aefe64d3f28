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
  // Built even for commands that never connect (generate, a schema-to-schema
  // diff); with the placeholder URL, a command that does connect fails with
  // "can't reach 127.0.0.1:1": use `npm run db:migrate`, which starts the
  // embedded PostgreSQL, or set DATABASE_URL.
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? PLACEHOLDER });
  },
});
