import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "prisma/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // No module of the app reads process.env except these (docs/decisions/036-reading-the-environment.md):
    // lib/env.ts validates the environment, lib/env-schema.ts's envValue reads one variable before
    // the whole environment is known, lib/build-mode.ts holds the NODE_ENV the bundler inlines, and
    // instrumentation.ts tests Next's own NEXT_RUNTIME and NEXT_PHASE as Next's docs show.
    // Config files, scripts and tests set up the environment rather than read the app's settings.
    // tests/unit/env-readers.test.ts checks this rule and the files themselves.
    files: ["**/*.{ts,tsx,js,jsx,mjs,cjs}"],
    ignores: [
      "lib/env.ts",
      "lib/env-schema.ts",
      "lib/build-mode.ts",
      "instrumentation.ts",
      "*.config.{ts,mjs,js,cjs}",
      "scripts/**",
      "tests/**",
      "e2e/**",
    ],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message:
            "Read the environment through env() or envValue() from lib/env.ts, where it is validated (NODE_ENV: lib/build-mode.ts).",
        },
      ],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not a React hook.
    files: ["e2e/**/*.ts", "tests/**/*.ts", "scripts/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
];

export default config;
