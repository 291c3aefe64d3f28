// Runs in the browser before the app hydrates (Next's client instrumentation hook), so it is
// the one place that runs before any client form's first zod parse.
import { makeZodJitless } from "@/lib/zod-jitless";

makeZodJitless();
