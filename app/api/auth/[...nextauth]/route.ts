import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { runWithContext } from "@/lib/request-context";
import { requestIdFrom } from "@/lib/request-id";

const nextAuth = NextAuth(authOptions);

// Outside the route wrapper (next-auth owns these responses), so open the log
// context here: the login limiter's lines carry the request id too.
function handler(req: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return runWithContext({ requestId: requestIdFrom(req.headers) }, () => nextAuth(req, context));
}

export { handler as GET, handler as POST };
