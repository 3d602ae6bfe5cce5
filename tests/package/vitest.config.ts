import { defineConfig } from "vitest/config";

/** `npm run test:package`: samling as a site installs it, from a packed tarball (minutes: npm installs every dependency). */
export default defineConfig({
  test: {
    include: ["tests/package/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
