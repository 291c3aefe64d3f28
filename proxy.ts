import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Comfort only: sends logged-out visitors of app pages to the login page before
// rendering. Every page, action and route handler checks the session itself.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/profile/:path*",
    "/ai-interview/:path*",
    "/interviews/:path*",
    "/dsa/:path*",
    "/company-prep/:path*",
  ],
};
