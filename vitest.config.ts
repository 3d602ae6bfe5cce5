import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // samling installed from its packed tarball: npm installs every dependency (npm run test:package);
    // builds made to fail at every write, killed ten times, on a full and a read-only disk (npm run test:faults).
    exclude: ["tests/package/**", "tests/faults/**", "**/node_modules/**"],
    // Build tests run Eleventy on real content; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
