import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["src/**/*.test.ts", "test/**/*.test.ts"],
		globalSetup: ["test/global-setup.ts"],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Two cores: run files two at a time; each file gets its own SQLite file and PostgreSQL database.
		maxWorkers: 2,
	},
});
