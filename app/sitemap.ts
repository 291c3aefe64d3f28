import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { PAGES } from "@/lib/pages";

// Served as /sitemap.xml: the public pages the page list marks for it. Absolute URLs need the
// origin, taken from NEXTAUTH_URL when set (the canonical address) or else from the request.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const request = await headers();
  const host = request.get("x-forwarded-host") ?? request.get("host") ?? "localhost";
  const origin = env().NEXTAUTH_URL ?? `${request.get("x-forwarded-proto") ?? "http"}://${host}`;
  return PAGES.filter((page) => page.sitemap).map((page) => ({ url: new URL(page.path, origin).href }));
}
