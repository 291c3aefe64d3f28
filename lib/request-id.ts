const SAFE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * The id proxy.ts gave this request (or a load balancer in front of it), else a
 * new one. Anything that does not look like an id is replaced, so a client
 * cannot write arbitrary text into the logs. Used by proxy.ts and the wrappers.
 */
export function requestIdFrom(headers: Pick<Headers, "get">): string {
  const given = headers.get("x-request-id");
  return given && SAFE_ID.test(given) ? given : crypto.randomUUID();
}
