import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

async function sidelines(args: string[], database: string, input?: string) {
	try {
		const running = promisify(execFile)(
			process.execPath,
			["--disable-warning=ExperimentalWarning", main, ...args],
			{ env: { ...process.env, SIDELINES_DB: database, DATABASE_URL: "" }, maxBuffer: 20_000_000 },
		);
		running.child.stdin?.end(input ?? "");
		const { stdout, stderr } = await running;
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
		for (const name of [
			"migrate",
			"export",
			"import-dump",
			"d1-sql",
			"keys",
			"users",
			"extract",
			"import",
			"eval",
		]) {
			expect(help.stdout).toContain(`  ${name}`);
		}
		const unknown = await sidelines(["frobnicate"], db);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("users create reads the password from stdin, never prints it, and refuses bad input with one line", async () => {
		const users = join(folder, "users.db");
		const password = "a long desk password\n";
		const create = (...args: string[]) => sidelines(["users", "create", ...args], users, password);
		const made = await create(
			"--email",
			"Ana@Desk.example",
			"--name",
			"Ana Desk",
			"--role",
			"admin",
			"--password-stdin",
		);
		expect(made.code).toBe(0);
		expect(made.stdout).toMatch(/^usr_\S+ {2}Ana@Desk\.example {2}Ana Desk {2}admin {2}created /);
		expect(`${made.stdout}${made.stderr}`).not.toContain("a long desk password");
		const twice = await create(
			"--email",
			"ana@desk.example",
			"--name",
			"Ana",
			"--role",
			"editor",
			"--password-stdin",
		);
		expect(twice.code).toBe(1);
		expect(twice.stderr.trim().split("\n")).toEqual(["sidelines users: another user already has this email"]);
		for (const [args, input, message] of [
			[
				["--email", "not-an-email", "--name", "X", "--role", "editor", "--password-stdin"],
				password,
				"--email",
			],
			[
				["--email", "x@desk.example", "--name", "X", "--role", "owner", "--password-stdin"],
				password,
				"--role",
			],
			[
				["--email", "x@desk.example", "--name", "X", "--role", "editor", "--password-stdin"],
				"short\n",
				"12 to 1024",
			],
			[["--email", "x@desk.example", "--name", "X", "--role", "editor"], password, "--password-stdin"],
		] as const) {
			const refused = await sidelines(["users", "create", ...args], users, input);
			expect(refused.code).toBe(2);
			expect(refused.stderr.trim().split("\n")).toHaveLength(1);
			expect(refused.stderr).toContain(message);
		}
		const list = await sidelines(["users", "list", "--json"], users);
		const listed = JSON.parse(list.stdout) as { email: string; role: string }[];
		expect(listed.map(({ email, role }) => [email, role])).toEqual([["Ana@Desk.example", "admin"]]);
		expect(list.stdout).not.toMatch(/scrypt|password/);
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
		["a page given to d1-sql as a dump", ["d1-sql", seed]],
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

	it("eval --gold --texts shows per text what was missed, invented or wrong, and the JSON summary last", async () => {
		const gold = join(folder, "gold");
		const texts = join(folder, "texts");
		mkdirSync(gold);
		mkdirSync(texts);
		const page = [
			"Ministers of Chile and Peru meet in Lima",
			"",
			"Chilean Foreign Minister Rosa Vidal met her Peruvian counterpart Tomás Quispe in Lima on Friday.",
			"",
			"Vidal also spoke by phone with Bolivian Foreign Minister Luis Mamani.",
			"",
			"A week earlier, two envoys had conferred in secret.",
		].join("\n");
		writeFileSync(join(texts, "t1.txt"), page);
		// The gold evidence span of the sentence that starts so.
		const span = (start: string) => ({
			start: page.indexOf(start),
			end: page.indexOf(".", page.indexOf(start)) + 1,
		});
		const held = (names: string[], extra: object) => ({
			status: "held",
			participants: names.map((name) => ({ name, country: null, role: null })),
			date: null,
			place: null,
			format: "unknown",
			...extra,
		});
		writeFileSync(
			join(gold, "t1.gold.json"),
			JSON.stringify({
				id: "t1",
				published: "2024-05-12",
				meetings: [
					// The date is set one day off on purpose, so that the field shows as wrong.
					held(["Rosa Vidal", "Tomás Quispe"], {
						date: "2024-05-09",
						place: { city: "Lima", country: "PE" },
						format: "in_person",
						evidence: span("Chilean Foreign Minister"),
					}),
					// Named here but not in the text, so that it shows as missed.
					held(["Rosa Vidal", "Juan Ortega"], { evidence: span("A week earlier") }),
				],
			}),
		);
		const result = await sidelines(["eval", "--gold", gold, "--texts", texts], join(folder, "eval.db"));
		expect(result.code).toBe(0);
		const lines = result.stdout.trim().split("\n");
		expect(lines[0]).toBe("t1  gold 2  predicted 2  matched 1  date 0/1  place 1/1  format 1/1");
		expect(result.stdout).toMatch(
			/ {2}missed {4}Rosa Vidal \+ Juan Ortega\n {12}“A week earlier, two envoys/,
		);
		expect(result.stdout).toMatch(
			/ {2}invented {2}Rosa Vidal \+ Luis Mamani · 2024-05-10 · phone\n {12}“Vidal also spoke by phone/,
		);
		expect(result.stdout).toContain(
			"wrong     Rosa Vidal + Tomás Quispe · 2024-05-09 · Lima, PE · in_person: date 2024-05-10 (gold 2024-05-09)",
		);
		expect(JSON.parse(lines.at(-1) ?? "")).toMatchObject({ texts: 1, precision: 0.5, recall: 0.5 });

		const missing = await sidelines(["eval", "--gold", gold, "--texts", folder], join(folder, "eval.db"));
		expect(missing.code).toBe(1);
		expect(missing.stderr.trim()).toBe(`sidelines eval: 1 text file(s) not found in ${folder}: t1.txt`);
	});

	it("eval <dir> still scores the dev set laid out with its texts", async () => {
		const result = await sidelines(["eval", devSet], join(folder, "eval.db"));
		expect(result.code).toBe(0);
		const summary = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "") as {
			f1: number;
			texts: number;
		};
		expect(summary.texts).toBeGreaterThanOrEqual(44);
		expect(summary.f1).toBeGreaterThanOrEqual(0.9);
	});

	it("import takes each page's publication day from its sidecar, and says which page lacks one", async () => {
		const pages = join(folder, "undated");
		mkdirSync(pages);
		const page = (country: string, minister: string) =>
			[
				`Ministers of Chile and ${country} meet in Santiago`,
				"",
				`Chilean Foreign Minister Rosa Vidal met ${minister} in Santiago on Friday.`,
			].join("\n");
		writeFileSync(join(pages, "a.txt"), page("Peru", "Peruvian Foreign Minister Tomás Quispe"));
		writeFileSync(join(pages, "a.txt.meta.json"), JSON.stringify({ published: "2024-05-12" }));
		writeFileSync(join(pages, "b.txt"), page("Bolivia", "Bolivian Foreign Minister Luis Mamani"));
		writeFileSync(join(pages, "c.txt"), page("Ecuador", "Ecuadorian Foreign Minister Ana Torres"));
		writeFileSync(join(pages, "c.txt.meta.json"), JSON.stringify({ published: "12/05/2024" }));
		const database = join(folder, "undated.db");
		const result = await sidelines(["import", pages], database);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain("1 of 3 pages imported");
		expect(result.stdout).toMatch(/b\.txt +- .*pass the published day \(--published, or a sidecar file\)/);
		expect(result.stdout).toMatch(/c\.txt +- .*c\.txt\.meta\.json: published is a day, YYYY-MM-DD/);
		const { tables } = JSON.parse((await sidelines(["export"], database)).stdout) as {
			tables: { articles: { publishedAt: string }[]; meetings: { date: unknown }[] };
		};
		expect(tables.articles.map((article) => article.publishedAt)).toEqual(["2024-05-12T00:00:00+00:00"]);
		expect(tables.meetings.map((meeting) => meeting.date)).toEqual([
			expect.objectContaining({ year: 2024, month: 5, day: 10 }),
		]);
	});
});
