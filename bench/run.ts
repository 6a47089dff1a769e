// `npm run bench [-- store|api|processes|extract|site ...] [-- --scale 0.1]`: runs the benchmarks one after another, each in
// its own process so one cannot warm or starve another. Every benchmark prints its ratios last.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ALL = ["store", "api", "processes", "extract", "site"] as const;
const args = process.argv.slice(2);
const chosen = args.filter((arg) => (ALL as readonly string[]).includes(arg));
const passThrough = args.filter((arg) => !(ALL as readonly string[]).includes(arg));

for (const name of chosen.length > 0 ? chosen : ALL) {
	const script = fileURLToPath(new URL(`./${name}/run.ts`, import.meta.url));
	if (!existsSync(script)) {
		console.error(`bench: no benchmark at bench/${name}/run.ts`);
		process.exitCode = 1;
		continue;
	}
	console.log(`\n=== bench/${name} ===`);
	const result = spawnSync(
		process.execPath,
		["--disable-warning=ExperimentalWarning", "--import", "tsx", script, ...passThrough],
		{
			stdio: "inherit",
		},
	);
	if (result.status !== 0) process.exitCode = result.status ?? 1;
}
