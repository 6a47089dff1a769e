import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["**/*.test.ts"],
		exclude: ["**/node_modules/**"],
		// One PostgreSQL server for the whole run; each API test file makes its own database on it.
		globalSetup: ["./api/global-setup.ts"],
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
