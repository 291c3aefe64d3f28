import { jsonError } from "@/lib/api/json";

// Any /api path without a route of its own answers JSON, not the HTML 404 page.
const notFound = () => jsonError(404, "not_found", "No such API route");

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
