import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// A suite that must fail, with the same PostgreSQL global setup as the real one.
export default defineConfig({
	test: {
		root: fileURLToPath(new URL(".", import.meta.url)),
		include: ["*.fixture.ts"],
		globalSetup: [fileURLToPath(new URL("../global-setup.ts", import.meta.url))],
	},
});
