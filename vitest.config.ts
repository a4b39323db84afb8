import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Browser tests drive Chromium and build sites: give them room, and never run them in parallel
    // with each other (they share the machine's CPU with the build).
    testTimeout: 60_000,
    hookTimeout: 600_000,
    exclude: ["**/node_modules/**", "**/dist/**", "tmp/**"],
  },
});
