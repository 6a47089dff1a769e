import { defineConfig } from "tsup";

export default defineConfig({
	entry: { index: "src/index.ts", eval: "src/eval/index.ts", fixtures: "src/fixtures/index.ts" },
	format: ["esm"],
	platform: "neutral",
	target: "es2023",
	dts: false,
	clean: true,
	sourcemap: true,
	external: ["@sidelines/domain", "linkedom", "@mozilla/readability", "zod"],
});
