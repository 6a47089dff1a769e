import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { materaPage } from "@sidelines/extract/fixtures";
import { afterAll, describe, expect, it } from "vitest";

// The built CLI, run as users run it: a separate process, its exit code, its stdout and stderr.
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const devSet = fileURLToPath(new URL("../../../packages/extract/dev-set", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "sidelines-cli-"));
const seed = join(folder, "matera.txt");
writeFileSync(seed, materaPage);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function sidelines(args: string[], database: string) {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			["--disable-warning=ExperimentalWarning", main, ...args],
			{ env: { ...process.env, SIDELINES_DB: database, DATABASE_URL: "" }, maxBuffer: 20_000_000 },
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

describe("sidelines", () => {
	const db = join(folder, "main.db");

	it("lists its commands and rejects unknown ones with one line and exit code 2", async () => {
		const help = await sidelines(["help"], db);
		expect(help.code).toBe(0);
		for (const name of ["migrate", "export", "import-dump", "keys", "extract", "import", "eval"]) {
			expect(help.stdout).toContain(`  ${name}`);
		}
		const unknown = await sidelines(["frobnicate"], db);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("extract --json gives the Matera page's four meetings in the gold shape", async () => {
		const result = await sidelines(["extract", seed, "--json"], db);
		expect(result.code).toBe(0);
		const output = JSON.parse(result.stdout) as {
			article: { headline: string };
			meetings: { format: string; participants: { name: string }[] }[];
		};
		expect(output.meetings).toHaveLength(4);
		expect(output.meetings.map((meeting) => meeting.format)).toEqual([
			"in_person",
			"in_person",
			"in_person",
			"phone",
		]);
	});

	it("import stores a page once, refuses it twice, and export/import-dump carry it to a new database", async () => {
		const first = await sidelines(["import", seed], db);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain("1 of 1 pages imported");
		const again = await sidelines(["import", seed], db);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain("imported before");

		const dumpFile = join(folder, "dump.json");
		expect((await sidelines(["export", "--out", dumpFile], db)).code).toBe(0);
		const copy = join(folder, "copy.db");
		const loaded = await sidelines(["import-dump", dumpFile], copy);
		expect(loaded.code).toBe(0);
		expect(loaded.stdout).toMatch(/imported .*1 articles/);
		const original = await sidelines(["export"], db);
		const copied = await sidelines(["export"], copy);
		expect(copied.stdout).toBe(original.stdout);
	});

	it.each([
		["a missing file", ["import", "/nonexistent/page.txt"]],
		["a bad zone", ["extract", seed, "--zone", "Mars/Olympus"]],
		["a bad date", ["extract", seed, "--published", "30/06/2021"]],
		["an unknown option", ["export", "--frobnicate"]],
	])("fails on %s with a non-zero exit and one line", async (_, args) => {
		const result = await sidelines(args, join(folder, "bad.db"));
		expect(result.code).not.toBe(0);
		expect(result.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("imports a directory page by page, and ends quietly when its reader stops early (export | head)", async () => {
		const big = join(folder, "dev-set.db");
		const imported = await sidelines(["import", devSet], big);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toMatch(/(\d+) of \1 pages imported/);
		// The dump is larger than a pipe's buffer, so `head` closes the pipe while export still writes.
		const script = `"${process.execPath}" --disable-warning=ExperimentalWarning "${main}" export | head -c 20 > /dev/null`;
		const { stderr } = await promisify(execFile)("sh", ["-c", script], {
			env: { ...process.env, SIDELINES_DB: big, DATABASE_URL: "" },
		});
		expect(stderr).toBe("");
	});

	it("import prints why a reported meeting was skipped under the summary", async () => {
		const page = join(folder, "no-nationality.txt");
		writeFileSync(
			page,
			"Fisheries talks in Oslo\n\nPrime Minister Tomas Ardevol held talks with Norwegian Foreign Minister Ingrid Solberg in Oslo on Tuesday.\n",
		);
		const result = await sidelines(["import", page, "--published", "2024-03-15"], join(folder, "warn.db"));
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("no-nationality.txt: Tomas Ardevol: nationality not found\n");
		expect(result.stdout).toContain("no-nationality.txt: the text gives no country for Tomas Ardevol\n");
	});

	it("imports nothing from a binary page", async () => {
		const binary = join(folder, "binary.txt");
		writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
		const result = await sidelines(["import", binary], join(folder, "binary.db"));
		expect(result.code).toBe(1);
		expect(result.stderr).toContain("binary");
		const dump = await sidelines(["export"], join(folder, "binary.db"));
		expect(dump.stdout).toContain('"articles":[]');
	});
});
