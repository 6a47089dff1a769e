import { defineConfig } from "vitest/config";

// Property tests run hundreds of cases: give them room on a busy two-core machine (no test times anything).
export default defineConfig({ test: { testTimeout: 60_000 } });
