// Security headers for every response, built in one place and applied by proxy.ts.

/** Pages that may use the camera and microphone (recording, speech input). */
const MEDIA_PATHS = ["/avatar-interview", "/ai-interview", "/english"];

export function usesMedia(pathname: string): boolean {
  return MEDIA_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** Pages that run on-device models (WebAssembly): the avatar interview's face and posture analysis. */
const WASM_PATHS = ["/avatar-interview"];

export function runsWasm(pathname: string): boolean {
  return WASM_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; wasm?: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic' lets Next's nonce-bearing scripts load their chunks; no 'unsafe-inline' scripts.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : []), ...(options.wasm ? ["'wasm-unsafe-eval'"] : [])],
    // React renders style attributes (progress bars, charts); styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(options.dev ? ["ws:"] : [])],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function securityHeaders(input: { nonce: string; pathname: string; https: boolean; dev: boolean }): Record<string, string> {
  const media = usesMedia(input.pathname) ? "(self)" : "()";
  return {
    "Content-Security-Policy": contentSecurityPolicy(input.nonce, { dev: input.dev, wasm: runsWasm(input.pathname) }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": `camera=${media}, microphone=${media}, geolocation=(), payment=(), usb=()`,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(input.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
