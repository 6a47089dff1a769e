import { defineConfig } from "tsup";

export default defineConfig({
	entry: { index: "src/index.ts", fixtures: "src/fixtures/index.ts" },
	format: ["esm", "cjs"],
	dts: true,
	clean: true,
	sourcemap: true,
	target: "es2023",
	// Country names are bundled from i18n-iso-countries so consumers load only the English table.
	noExternal: ["i18n-iso-countries"],
});
