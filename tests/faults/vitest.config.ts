import { defineConfig } from "vitest/config";

/**
 * `npm run test:faults`: the fault-injection suite — samling's writes failing at each step, the build killed
 * at ten points, a full and a read-only disk (a tmpfs: root, as in CI), damaged caches, a zip bomb and an
 * image header claiming 10 gigapixels. Minutes of builds, so a script of its own, which CI runs after npm test.
 */
export default defineConfig({
  test: {
    include: ["tests/faults/**/*.test.ts"],
    // One build at a time: the kill points are spread over a build's time, which a second build beside it would stretch.
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
