import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generation runs buf, the plugin and Biome; a test that regenerates three times needs room on a busy machine.
    testTimeout: 180_000,
  },
});
