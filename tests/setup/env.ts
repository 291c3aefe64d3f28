import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.STORAGE_DIR = inject("storageDir");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-at-least-32-characters-long";
process.env.LOG_LEVEL = "silent";
