import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// The rules run on a planted copy of the layout, never on the real tree: each violation is a file in
// a temporary folder that has the repository's biome.json and workspaces but nothing else.
const root = fileURLToPath(new URL("../..", import.meta.url));
const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
const checker = join(root, "scripts/check-repository.mjs");
const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function plant(files: Record<string, string>) {
	const folder = mkdtempSync(join(tmpdir(), "sidelines-boundaries-"));
	folders.push(folder);
	copyFileSync(join(root, "biome.json"), join(folder, "biome.json"));
	writeFileSync(
		join(folder, "package.json"),
		JSON.stringify({ workspaces: ["packages/*", "apps/*", "tests", "bench"] }),
	);
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(folder, file)), { recursive: true });
		writeFileSync(join(folder, file), text);
	}
	return folder;
}

async function run(command: string[], cwd: string) {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, command, { cwd });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: failed.stdout + failed.stderr };
	}
}

const use = (specifier: string) => `import { value } from "${specifier}";\n\nexport const used = value;\n`;

describe("import direction (Biome's noRestrictedImports per package)", () => {
	const lint = async (file: string, specifier: string) => {
		const folder = plant({ [file]: use(specifier) });
		return run([biome, "lint", "--vcs-enabled=false", "--colors=off", file], folder);
	};

	it.each([
		["packages/domain/src/planted.ts", "@sidelines/extract"],
		["packages/domain/src/planted.ts", "@sidelines/store"],
		["packages/extract/src/planted.ts", "@sidelines/store"],
		["packages/extract/src/planted.ts", "@sidelines/ingest"],
		["packages/store/src/planted.ts", "@sidelines/extract"],
		["packages/store/src/planted.ts", "@sidelines/ingest"],
		["packages/ingest/src/planted.ts", "@sidelines/api"],
		["packages/ingest/src/planted.ts", "@sidelines/cli"],
		["apps/api/src/planted.ts", "@sidelines/cli"],
		["apps/api/src/planted.ts", "@sidelines/site"],
		["apps/cli/src/planted.ts", "@sidelines/api/node"],
		["apps/site/src/planted.ts", "@sidelines/store"],
		["apps/site/src/planted.ts", "@sidelines/api"],
	])("%s may not import %s", async (file, specifier) => {
		const result = await lint(file, specifier);
		expect(result.code).not.toBe(0);
		expect(result.output).toContain("lint/style/noRestrictedImports");
	});

	it.each([
		["packages/extract/src/planted.ts", "@sidelines/domain"],
		["packages/store/src/planted.ts", "@sidelines/domain/fixtures"],
		["packages/ingest/src/planted.ts", "@sidelines/store"],
		["apps/api/src/planted.ts", "@sidelines/ingest"],
		["apps/cli/src/planted.ts", "@sidelines/extract"],
		["apps/site/src/planted.ts", "@sidelines/api/client"],
	])("%s may import %s", async (file, specifier) => {
		const result = await lint(file, specifier);
		expect(result.output).not.toContain("noRestrictedImports");
		expect(result.code).toBe(0);
	});
});

describe("scripts/check-repository.mjs", () => {
	it("fails on a relative import into another package and on a path outside the repository", async () => {
		// Built from parts so that this file does not itself name the folder beside CI's checkout.
		const beside = ["..", "shared"].join("/");
		const workplace = ["", "work", ""].join("/");
		const folder = plant({
			"packages/store/src/planted.ts": use("../../domain/src/index.js"),
			"packages/ingest/src/seed.test.ts": `const page = ${"new URL("}"../../../${beside}/seeds/page.txt", import.meta.url);\n`,
			"apps/cli/src/paths.ts": `export const gold = "${workplace}gold";\n`,
			"packages/store/src/fine.ts": use("./planted.js"),
			"packages/domain/src/index.ts": "export const value = 1;\n",
		});
		const result = await run([checker, folder], folder);
		expect(result.code).toBe(1);
		const lines = result.output.trim().split("\n").sort();
		expect(lines).toEqual([
			`apps/cli/src/paths.ts:1: names a path outside the repository (${workplace})`,
			`packages/ingest/src/seed.test.ts:1: names a path outside the repository (${beside})`,
			`packages/ingest/src/seed.test.ts:1: refers to ../../../${beside}/seeds/page.txt, outside the repository`,
			"packages/store/src/planted.ts:1: imports ../../domain/src/index.js from packages/domain: import that package by its name",
		]);
	});

	it("passes on the repository itself", async () => {
		const result = await run([checker], root);
		expect(result.output).toContain("no tracked file reaches outside");
		expect(result.code).toBe(0);
	});
});
