import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { requestIdFrom } from "@/lib/request-id";
import { securityHeaders } from "@/lib/security/headers";
import { needsSignIn } from "@/lib/pages";
import { isDevelopmentBuild } from "@/lib/build-mode";
// Not lib/env.ts: that validates the whole environment and is server-only; the proxy needs one value.
import { envValue } from "@/lib/env-schema";

// Runs before every request: sets the security headers (with a fresh CSP nonce
// that Next.js applies to its own scripts) and, for comfort only, sends
// logged-out visitors of signed-in pages (lib/pages.ts) to the login page.
// Every page, action and route handler checks the session itself.

export async function proxy(request: NextRequest) {
  // Every log line written while serving the request carries this id (lib/logger.ts).
  const id = requestIdFrom(request.headers);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders({ nonce, pathname: request.nextUrl.pathname, https, dev: isDevelopmentBuild });

  let response: NextResponse;
  if (
    needsSignIn(request.nextUrl.pathname) &&
    !(await getToken({ req: request, secret: envValue("NEXTAUTH_SECRET") }))
  ) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    response = NextResponse.redirect(login);
  } else {
    // Next.js reads the nonce from the request's CSP header and adds it to its scripts.
    const forwarded = new Headers(request.headers);
    forwarded.set("x-nonce", nonce);
    forwarded.set("x-request-id", id);
    forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set("x-request-id", id);
  return response;
}

export const config = {
  // Everything but static build assets, which carry no user data and are cached.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
