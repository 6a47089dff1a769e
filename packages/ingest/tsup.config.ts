import { defineConfig } from "tsup";

export default defineConfig({
	entry: { index: "src/index.ts" },
	format: ["esm"],
	target: "node24",
	platform: "neutral",
	sourcemap: true,
	clean: true,
	external: [/^@sidelines\//],
});
