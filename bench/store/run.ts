/*
 * Store benchmark: synthetic 100k articles / 20k diplomats / 200k meetings (times --scale) on SQLite and
 * PostgreSQL; p50/p95 latency of the reads the site makes most, and get-article-by-slug through the
 * repository as a ratio to a hand-written prepared statement on the same database in the same run.
 *
 *   npx tsx bench/store/run.ts [--scale 0.1] [--dialect sqlite|postgres|both] [--samples 400]
 *
 * Needs `npm run build -w @sidelines/store` first (it imports the package by name).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { parseArgs } from "node:util";
import { openStore, type SqlStore } from "@sidelines/store";
import { generateSynthetic, startEmbeddedPostgres } from "@sidelines/store/testing";
import pg from "pg";

const { values } = parseArgs({
	options: {
		scale: { type: "string", default: "1" },
		dialect: { type: "string", default: "both" },
		samples: { type: "string", default: "400" },
	},
});
const scale = Number(values.scale);
const samples = Number(values.samples);
if (!(scale > 0) || !(samples > 0)) throw new Error("--scale and --samples must be positive numbers");
const dialects =
	values.dialect === "both"
		? (["sqlite", "postgres"] as const)
		: ([values.dialect] as ("sqlite" | "postgres")[]);

const counts = {
	articles: Math.round(100_000 * scale),
	diplomats: Math.round(20_000 * scale),
	meetings: Math.round(200_000 * scale),
};
const WORDS = [
	"harbour",
	"glacier",
	"tariff",
	"satellite",
	"railway",
	"vaccine",
	"orchard",
	"canal",
	"drought",
	"archive",
];

/** A small deterministic sequence so both engines are asked the same questions. */
function sequence(seed: number) {
	let state = seed >>> 0;
	return (n: number) => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state % n;
	};
}

interface Row {
	dialect: string;
	operation: string;
	p50: number;
	p95: number;
}

async function measure(operation: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
	for (let i = 0; i < Math.min(50, samples); i++) await operation(i);
	const times: number[] = [];
	for (let i = 0; i < samples; i++) {
		const start = performance.now();
		await operation(i + 1000);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
	return { p50: at(0.5), p95: at(0.95) };
}

async function load(store: SqlStore): Promise<number> {
	const data = generateSynthetic({ seed: 2026, ...counts });
	const start = performance.now();
	await store.bulkInsert(data);
	return (performance.now() - start) / 1000;
}

/** The baseline: one prepared statement by hand, plus the same JSON.parse the repository does. */
async function preparedBySlug(
	dialect: "sqlite" | "postgres",
	location: { sqlitePath?: string; databaseUrl?: string },
) {
	if (dialect === "sqlite") {
		const db = new DatabaseSync(location.sqlitePath as string, { readOnly: true });
		const statement = db.prepare("select version, doc from articles where slug = ?");
		return {
			get: async (slug: string) => {
				const row = statement.get(slug) as { version: number; doc: string } | undefined;
				return row ? { ...JSON.parse(row.doc), version: row.version } : undefined;
			},
			close: async () => db.close(),
		};
	}
	const client = new pg.Client({ connectionString: location.databaseUrl });
	await client.connect();
	return {
		get: async (slug: string) => {
			const result = await client.query<{ version: number; doc: string }>({
				name: "article-by-slug",
				text: "select version, doc from articles where slug = $1",
				values: [slug],
			});
			const row = result.rows[0];
			return row ? { ...JSON.parse(row.doc), version: row.version } : undefined;
		},
		close: async () => client.end(),
	};
}

async function run(dialect: "sqlite" | "postgres", rows: Row[], notes: string[]) {
	const folder = mkdtempSync(join(tmpdir(), "sidelines-bench-"));
	const server = dialect === "postgres" ? await startEmbeddedPostgres() : undefined;
	const location = server ? { databaseUrl: server.url } : { sqlitePath: join(folder, "bench.db") };
	const store = await openStore(location);
	try {
		const seconds = await load(store);
		notes.push(
			`${dialect}: loaded ${counts.articles} articles, ${counts.diplomats} diplomats, ${counts.meetings} meetings in ${seconds.toFixed(1)} s`,
		);
		const prepared = await preparedBySlug(dialect, location);
		const next = sequence(42);
		const slug = () => `synthetic-article-${next(counts.articles)}`;
		const diplomat = () => `syn-dip-${next(counts.diplomats)}`;
		const operations: [string, (i: number) => Promise<unknown>][] = [
			["article by slug (repository)", () => store.articles.getBySlug(slug())],
			["article by slug (prepared statement)", () => prepared.get(slug())],
			["meetings of a diplomat, page 1", () => store.meetings.list({ diplomat: diplomat(), limit: 20 })],
			[
				"meetings by country + format, page 1",
				() => store.meetings.list({ country: "JP", format: "phone", limit: 20 }),
			],
			[
				"search, 2 terms, page 1",
				() =>
					store.articles.search(`${WORDS[next(WORDS.length)]} ${WORDS[next(WORDS.length)]}`, { limit: 20 }),
			],
			["counterparts of a diplomat", () => store.diplomats.counterparts(diplomat())],
		];
		for (const [operation, fn] of operations) rows.push({ dialect, operation, ...(await measure(fn)) });
		await prepared.close();
	} finally {
		await store.close();
		await server?.stop();
		rmSync(folder, { recursive: true, force: true });
	}
}

const rows: Row[] = [];
const notes: string[] = [];
for (const dialect of dialects) await run(dialect, rows, notes);

console.log(`\nstore benchmark, scale ${scale} (${samples} samples per operation, latency in ms)\n`);
for (const note of notes) console.log(note);
const width = Math.max(...rows.map((row) => row.operation.length));
console.log(
	`\n${"dialect".padEnd(9)} ${"operation".padEnd(width)} ${"p50".padStart(8)} ${"p95".padStart(8)}`,
);
for (const row of rows) {
	console.log(
		`${row.dialect.padEnd(9)} ${row.operation.padEnd(width)} ${row.p50.toFixed(3).padStart(8)} ${row.p95.toFixed(3).padStart(8)}`,
	);
}
console.log(
	"\nratios (repository / prepared statement, get-article-by-slug; lower is better, 1.0 = no overhead)",
);
for (const dialect of dialects) {
	const repository = rows.find((row) => row.dialect === dialect && row.operation.endsWith("(repository)"));
	const baseline = rows.find(
		(row) => row.dialect === dialect && row.operation.endsWith("(prepared statement)"),
	);
	if (repository && baseline) {
		console.log(
			`${dialect.padEnd(9)} p50 ${(repository.p50 / baseline.p50).toFixed(2)}x   p95 ${(repository.p95 / baseline.p95).toFixed(2)}x`,
		);
	}
}
