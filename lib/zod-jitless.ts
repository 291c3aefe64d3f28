// zod 4 checks once whether it may compile parsers with `new Function("")`. Under this app's
// Content-Security-Policy (no 'unsafe-eval') that probe throws, zod catches it and carries on,
// but the browser still records a CSP violation: Lighthouse lists it under "Issues" and marks
// down Best Practices on every page with a client form. `jitless` makes zod skip the probe (and
// the compiled parsers, which only pay off on large objects). zod reads the flag from
// globalThis.__zod_globalConfig, so setting it needs no import of zod: pages without a form do
// not download zod for it. tests/unit/zod-jitless.test.ts fails if zod stops reading it there.

type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

/** Turns on zod's jitless mode before zod's first parse, whether or not zod is loaded yet. */
export function makeZodJitless(target: object = globalThis): void {
  // Mutated, not replaced: an already loaded zod holds a reference to this object.
  const holder = target as ZodGlobal;
  (holder.__zod_globalConfig ??= {}).jitless = true;
}
