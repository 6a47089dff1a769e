/*
 * Store benchmark: synthetic 100k articles / 20k diplomats / 200k meetings (times --scale) in news-like text
 * (a Zipf vocabulary of 30,000 words) on SQLite and PostgreSQL.
 *   - the query layer: the repository's hottest reads as a ratio to the same reads written by hand as
 *     prepared statements (baselines.ts), measured side by side (targets: <= 1.3x SQLite, <= 1.2x PostgreSQL);
 *   - lists, counterparts and search at scale: p50/p95 (targets: p95 < 5 ms lists and counterparts, < 20 ms search).
 * Every operation is measured in --rounds interleaved rounds of --samples calls; the table shows the median
 * of the rounds and their range, since a shared machine's speed drifts.
 *
 * With --keep <folder> the databases stay in that folder (one per engine and scale) and later runs load nothing:
 * loading 100k articles takes minutes. A kept database is migrated like any other when it is opened.
 *
 *   npm run bench -- store [--scale 0.1] [--dialect sqlite|postgres|both] [--samples 300] [--rounds 3] [--keep dir]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openStore, type SqlStore } from "@sidelines/store";
import { generateSynthetic, startEmbeddedPostgres } from "@sidelines/store/testing";
import { baselines } from "./baselines.js";

const { values } = parseArgs({
	options: {
		scale: { type: "string", default: "1" },
		dialect: { type: "string", default: "both" },
		samples: { type: "string", default: "300" },
		rounds: { type: "string", default: "3" },
		keep: { type: "string" },
	},
});
const scale = Number(values.scale);
const samples = Number(values.samples);
const rounds = Number(values.rounds);
if (!(scale > 0) || !(samples > 0) || !(rounds > 0))
	throw new Error("--scale, --samples and --rounds must be positive numbers");
const dialects =
	values.dialect === "both"
		? (["sqlite", "postgres"] as const)
		: ([values.dialect] as ("sqlite" | "postgres")[]);

const counts = {
	articles: Math.round(100_000 * scale),
	diplomats: Math.round(20_000 * scale),
	meetings: Math.round(200_000 * scale),
};

/** A small deterministic sequence so both engines are asked the same questions. */
function sequence(seed: number) {
	let state = seed >>> 0;
	return (n: number) => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state % n;
	};
}

interface Latency {
	p50: number;
	p95: number;
}

const quantile = (list: number[], q: number) =>
	[...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))] as number;

/** Wall-clock times of calls. */
class Timings {
	readonly wall: number[] = [];
	async time(operation: () => Promise<unknown>) {
		const start = performance.now();
		await operation();
		this.wall.push(performance.now() - start);
	}
	latency(): Latency {
		return { p50: quantile(this.wall, 0.5), p95: quantile(this.wall, 0.95) };
	}
}

async function measure(operation: () => Promise<unknown>): Promise<Latency> {
	const timings = new Timings();
	for (let i = 0; i < samples; i++) await timings.time(operation);
	return timings.latency();
}

/**
 * Measures two ways of answering the same question call by call, alternately first, with the same argument:
 * whatever else the machine does at a moment slows both, so their ratio holds on a busy machine too.
 */
async function measurePair<A>(
	argument: () => A,
	first: (value: A) => Promise<unknown>,
	second: (value: A) => Promise<unknown>,
): Promise<[Latency, Latency]> {
	const timings = [new Timings(), new Timings()] as const;
	const ways = [first, second] as const;
	for (let i = 0; i < samples; i++) {
		const value = argument();
		for (const index of i % 2 === 0 ? [0, 1] : [1, 0]) {
			const way = ways[index] as (value: A) => Promise<unknown>;
			await timings[index as 0 | 1].time(() => way(value));
		}
	}
	return [timings[0].latency(), timings[1].latency()];
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
const range = (list: number[], digits: number) =>
	`${Math.min(...list).toFixed(digits)}-${Math.max(...list).toFixed(digits)}`;

const cpuStart = process.cpuUsage();
const generationStart = performance.now();
// Dropped once both engines hold it, so a gigabyte of records does not slow the collector during measurement.
let data: ReturnType<typeof generateSynthetic> | undefined = generateSynthetic({ seed: 2026, ...counts });
const cpu = process.cpuUsage(cpuStart);
const notes = [
	`generated ${counts.articles} articles, ${counts.diplomats} diplomats, ${counts.meetings} meetings in ${((performance.now() - generationStart) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU)`,
];

/** How many headlines each word is in: words in more than 5% of them are what search engines skip. */
const headlineCounts = new Map<string, number>();
for (const article of data.articles) {
	for (const word of new Set(article.headline.toLowerCase().split(" ")))
		headlineCounts.set(word, (headlineCounts.get(word) ?? 0) + 1);
}
const common = data.articles.length * 0.05;
/** The published headlines' words, all the measurement needs of the records. */
const headlines = data.articles.map((article) =>
	article.status === "published" ? [...new Set(article.headline.toLowerCase().split(" "))] : undefined,
);

/** Two words a reader might type after seeing a headline: any two of its words that are not common. */
function headlineTerms(next: (n: number) => number): string {
	for (;;) {
		const headline = headlines[next(headlines.length)];
		if (headline === undefined) continue;
		const words = headline.filter((word) => (headlineCounts.get(word) ?? 0) <= common);
		if (words.length < 2) continue;
		const first = words.splice(next(words.length), 1)[0] as string;
		return `${first} ${words[next(words.length)]}`;
	}
}

interface Row {
	dialect: string;
	operation: string;
	target?: number;
	rounds: Latency[];
}

async function run(dialect: "sqlite" | "postgres", rows: Row[], ratios: string[]) {
	const kept = values.keep === undefined ? undefined : resolve(values.keep);
	const folder = kept ?? mkdtempSync(join(tmpdir(), "sidelines-bench-"));
	const server =
		dialect === "postgres"
			? await startEmbeddedPostgres(kept && join(kept, `postgres-scale-${scale}`))
			: undefined;
	const location = server
		? { databaseUrl: server.url }
		: { sqlitePath: join(folder, `sqlite-scale-${scale}.db`) };
	const store: SqlStore = await openStore(location);
	try {
		const stored = (await store.articles.list({ limit: 1 })).items.length;
		if (stored === 0) {
			const start = performance.now();
			await store.bulkInsert(data as NonNullable<typeof data>);
			notes.push(`${dialect}: loaded in ${((performance.now() - start) / 1000).toFixed(1)} s`);
		} else notes.push(`${dialect}: kept from an earlier run in ${folder}`);
		if (dialect === dialects.at(-1)) data = undefined;
		const hand = await baselines(location);
		const next = sequence(42);
		const slug = () => `synthetic-article-${next(counts.articles)}`;
		const diplomat = () => `syn-dip-${next(counts.diplomats)}`;
		const occasion = () => `syn-occ-${next(Math.max(1, Math.floor(counts.meetings / 100)))}`;
		const COUNTRIES = ["JP", "US", "GB", "IT", "FR", "DE", "CN", "KR", "IN", "BR"];
		const FORMATS = ["in_person", "phone", "video"] as const;
		const SECTIONS = ["world", "asia", "europe", "americas"];
		const year = () => 2015 + next(11);
		const LIST = 5;
		const SEARCH = 20;
		/** The repository's read and the same read by hand, each given the same argument. */
		const pairs: [
			string,
			() => string,
			(value: string) => Promise<unknown>,
			(value: string) => Promise<unknown>,
			number?,
		][] = [
			["article by slug", slug, (value) => store.articles.getBySlug(value), hand.articleBySlug],
			[
				"meetings of a diplomat, page 1",
				diplomat,
				(value) => store.meetings.list({ diplomat: value }),
				hand.meetingsOf,
				LIST,
			],
			[
				"counterparts of a diplomat",
				diplomat,
				(value) => store.diplomats.counterparts(value),
				hand.counterparts,
				LIST,
			],
		];
		const operations: [string, () => Promise<unknown>, number?][] = [
			[
				"meetings by country + format, page 1",
				() =>
					store.meetings.list({
						country: COUNTRIES[next(COUNTRIES.length)],
						format: FORMATS[next(FORMATS.length)],
					}),
				LIST,
			],
			["meetings of an occasion, page 1", () => store.meetings.list({ occasion: occasion() }), LIST],
			[
				"meetings in a month, page 1",
				() => {
					const month = `${year()}-${String(1 + next(12)).padStart(2, "0")}`;
					return store.meetings.list({ from: `${month}-01`, to: `${month}-28` });
				},
				LIST,
			],
			[
				"articles of a section, page 1",
				() => store.articles.list({ section: SECTIONS[next(SECTIONS.length)], status: "published" }),
				LIST,
			],
			["articles mentioning a diplomat, page 1", () => store.articles.list({ diplomat: diplomat() }), LIST],
			["articles with a tag, page 1", () => store.articles.list({ tag: `topic-${next(40)}` }), LIST],
			["search, 2 headline words, page 1", () => store.articles.search(headlineTerms(next)), SEARCH],
			[
				"articles with 2 headline words, newest first",
				() => store.articles.list({ q: headlineTerms(next) }),
				SEARCH,
			],
		];
		const rowOf = (operation: string, target?: number) => {
			const row: Row = { dialect, operation, ...(target ? { target } : {}), rounds: [] };
			rows.push(row);
			return row;
		};
		const pairRows = pairs.map(
			([name, , , , target]) =>
				[rowOf(`${name} (repository)`, target), rowOf(`${name} (prepared statement)`)] as const,
		);
		const operationRows = operations.map(([operation, , target]) => rowOf(operation, target));
		for (let i = 0; i < 30; i++) {
			// warm-up: JIT, caches
			for (const [, argument, repository, prepared] of pairs) {
				await repository(argument());
				await prepared(argument());
			}
			for (const [, fn] of operations) await fn();
		}
		for (let round = 0; round < rounds; round++) {
			for (const [index, [, argument, repository, prepared]] of pairs.entries()) {
				const measured = await measurePair(argument, repository, prepared);
				for (const side of [0, 1] as const) pairRows[index]?.[side].rounds.push(measured[side]);
			}
			for (const [index, [, fn]] of operations.entries())
				operationRows[index]?.rounds.push(await measure(fn));
		}
		const limit = dialect === "sqlite" ? 1.3 : 1.2;
		for (const [index, [name]] of pairs.entries()) {
			const [repository, prepared] = pairRows[index] as readonly [Row, Row];
			const p50 = repository.rounds.map((r, i) => r.p50 / (prepared.rounds[i] as Latency).p50);
			const p95 = repository.rounds.map((r, i) => r.p95 / (prepared.rounds[i] as Latency).p95);
			const verdict = (list: number[]) => (median(list) <= limit ? "met" : "NOT met");
			ratios.push(
				`${dialect.padEnd(9)} ${name.padEnd(32)} p50 ${median(p50).toFixed(2)}x (${range(p50, 2)}) ${verdict(p50).padEnd(7)}   p95 ${median(p95).toFixed(2)}x (${range(p95, 2)}) ${verdict(p95).padEnd(7)}   target <= ${limit}x`,
			);
		}
		await hand.close();
	} finally {
		await store.close();
		await server?.stop();
		if (kept === undefined) rmSync(folder, { recursive: true, force: true });
	}
}

/** Prints one engine's figures as soon as they are measured (a full run takes long on a busy machine). */
function print(rows: Row[], ratios: string[]) {
	console.log(
		`\nstore benchmark, scale ${scale}: ${rounds} rounds of ${samples} calls per operation; latency in ms, median of the rounds (range)\n`,
	);
	for (const note of notes) console.log(note);
	// A p95 of a few milliseconds is a scheduling figure when other processes want the cores too.
	console.log(
		`load average ${loadavg()
			.map((load) => load.toFixed(1))
			.join(" ")} on ${availableParallelism()} cores`,
	);
	const width = Math.max(...rows.map((row) => row.operation.length));
	console.log(
		`\n${"dialect".padEnd(9)} ${"operation".padEnd(width)} ${"p50".padStart(18)} ${"p95".padStart(18)}  target p95`,
	);
	for (const row of rows) {
		const p50 = row.rounds.map((r) => r.p50);
		const p95 = row.rounds.map((r) => r.p95);
		const cell = (list: number[]) => `${median(list).toFixed(3)} (${range(list, 2)})`.padStart(18);
		const verdict =
			row.target === undefined ? "" : `< ${row.target} ${median(p95) < row.target ? "met" : "NOT met"}`;
		console.log(
			`${row.dialect.padEnd(9)} ${row.operation.padEnd(width)} ${cell(p50)} ${cell(p95)}  ${verdict}`,
		);
	}
	console.log(
		"\nratios: repository / hand-written prepared statement, the same reads with the same arguments call by call, alternately first",
	);
	for (const line of ratios) console.log(line);
}

for (const dialect of dialects) {
	const rows: Row[] = [];
	const ratios: string[] = [];
	await run(dialect, rows, ratios);
	print(rows, ratios);
}
