// A small round-robin proxy in front of two app instances (loopback only), used
// by `npm run load` with LOAD_INSTANCES=2 and by `npm run load:faults`.
import http from "node:http";

/**
 * Like a typical reverse proxy, it retries on the next backend only when a
 * connection is refused (nothing was sent); a request cut off mid-flight is not
 * retried, since it may have been processed.
 */
export function startProxy(port: number, backends: number[]): http.Server {
  let counter = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const first = counter++;
      const attempt = (offset: number) => {
        const backend = backends[(first + offset) % backends.length]!;
        const upstream = http.request({ host: "127.0.0.1", port: backend, path: req.url, method: req.method, headers: req.headers, agent }, (response) => {
          res.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(res);
        });
        upstream.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code === "ECONNREFUSED" && offset + 1 < backends.length) attempt(offset + 1);
          else if (!res.headersSent) {
            res.writeHead(502);
            res.end();
          } else res.destroy();
        });
        upstream.end(body);
      };
      attempt(0);
    });
  });
  server.listen(port, "127.0.0.1");
  return server;
}
