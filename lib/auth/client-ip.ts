// The caller's address as reported by the nearest proxy. Behind a proxy that
// sets X-Forwarded-For this is the client; without one it can be spoofed, which
// is why login is also limited per account.
export function clientIp(headers: { get(name: string): string | null } | Record<string, unknown> | undefined): string {
  const read = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (typeof (headers as { get?: unknown }).get === "function") {
      return (headers as { get(name: string): string | null }).get(name) ?? undefined;
    }
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip") || "unknown";
}
