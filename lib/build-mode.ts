// Which kind of build this is, for code that also runs in the browser or in proxy.ts.
//
// Next.js replaces `process.env.NODE_ENV` by its value when it bundles, in browser and server
// bundles alike, and then drops the branches that cannot run. That only happens for the literal
// expression, so it is written here once; lib/env.ts cannot serve the browser (it is server-only,
// and its envValue reads `process.env[key]`, which the bundler leaves alone and the browser does
// not have). Everything else about the environment goes through lib/env.ts.

/** A production build (`next build`, served by `npm start`): the service worker is registered. */
export const isProductionBuild = process.env.NODE_ENV === "production";

/** The development server (`npm run dev`): the CSP allows what hot reloading needs. */
export const isDevelopmentBuild = process.env.NODE_ENV === "development";
