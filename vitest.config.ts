import { defineConfig } from "vitest/config";

/**
 * Three projects: `unit` (core and scripts, in node), `dom` (content and UI under happy-dom), and
 * `e2e` (real Chromium and Firefox, one browser launch per file, files run one at a time because
 * two browsers at once overload a 2-core machine).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { test: { name: "dom", include: ["tests/dom/**/*.test.{ts,tsx}"], environment: "happy-dom" } },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
  define: { __DEBUG__: "true", __BROWSER__: '"node"' },
});
