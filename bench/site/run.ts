import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { type Article, shortCode } from "@sidelines/domain";
import { materaArticle, materaDiplomats, materaMeetings } from "@sidelines/domain/fixtures";
import { openStore } from "@sidelines/store";

/*
 * The reader's site renders every page on demand. This measures what that costs per article page
 * against the cheapest way to serve the same bytes: the HTML the site rendered, saved to files and
 * served by a bare node:http file server, in the same run, on loopback, one request at a time.
 *   site     apps/site (Astro, Node adapter) reading the API (apps/api, SQLite) over HTTP
 *   static   the same HTML from files
 * 10,000 synthetic articles in the store (`--scale 0.1` for 1,000); every one of them is rendered,
 * or `--pages N` of them spread evenly across the archive. Fetched in interleaved batches so drift
 * on a shared machine falls on both alike. Prints p50/p99 per page, pages per second, and the article
 * page's size (HTML + CSS, images aside; the budget is 50 KB).
 */

const scaleArg = process.argv.indexOf("--scale");
const SCALE = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
const ARTICLES = Math.max(100, Math.round(10_000 * SCALE));
const pagesArg = process.argv.indexOf("--pages");
const PAGES = Math.min(ARTICLES, pagesArg > 0 ? Number(process.argv[pagesArg + 1]) : ARTICLES);
const BATCH = 250;

const words = [
	"ministers",
	"talks",
	"summit",
	"delegation",
	"agreed",
	"cooperation",
	"security",
	"trade",
	"climate",
	"envoys",
	"capital",
	"statement",
];
const sentence = (seed: number, length: number) =>
	Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(" ");

/** A synthetic published story mentioning two of the demo's diplomats and one of its meetings. */
function syntheticArticle(index: number): Article {
	const day = new Date(Date.UTC(2021, 0, 1) + index * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");
	return {
		...materaArticle,
		id: `art-bench-${index}`,
		shortCode: shortCode(100_000 + index),
		slug: `bench-story-${index}`,
		headline: `Synthetic bench story ${index}: ${sentence(index, 6)}`,
		standfirst: `Invented for the benchmark. ${sentence(index + 1, 14)}.`,
		tags: ["synthetic", `bench-topic-${index % 40}`],
		publishedAt: day,
		updatedAt: undefined,
		hero: { caption: `Synthetic caption ${index}.`, credit: "Sidelines" },
		body: Array.from({ length: 8 }, (_, i) => ({
			type: "paragraph" as const,
			text: `${sentence(index + i, 40)}.`,
		})),
		mentions: {
			diplomats: [
				materaDiplomats[index % 6]?.id ?? "antony-blinken",
				materaDiplomats[(index + 1) % 6]?.id ?? "joe-biden",
			],
			meetings: [materaMeetings[index % 4]?.id ?? "mtg-suga-biden-2021-01"],
		},
	};
}

/** Spawns `node ...argv` and resolves with the port it prints once `ready` matches its output. */
function startProcess(
	argv: string[],
	env: Record<string, string>,
	ready: RegExp,
): Promise<{ port: number; child: ChildProcess }> {
	const child = spawn(process.execPath, ["--disable-warning=ExperimentalWarning", ...argv], {
		env: { ...process.env, ...env },
		stdio: ["ignore", "pipe", "inherit"],
	});
	return new Promise((resolve, reject) => {
		let output = "";
		child.stdout?.on("data", (chunk: Buffer) => {
			output += chunk.toString();
			const match = ready.exec(output);
			if (match) resolve({ port: Number(match[1]), child });
		});
		child.once("exit", (code) => reject(new Error(`${argv.join(" ")} exited with ${code}:\n${output}`)));
	});
}

async function timed(url: string): Promise<{ ms: number; body: string }> {
	const started = performance.now();
	const response = await fetch(url);
	const body = await response.text();
	const ms = performance.now() - started;
	if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
	return { ms, body };
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.listen(0, "127.0.0.1", () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
		});
	});
}

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};

const require = createRequire(import.meta.url);
const apiEntry = join(dirname(require.resolve("@sidelines/api/package.json")), "dist/server.js");
const siteEntry = join(dirname(require.resolve("@sidelines/site/package.json")), "dist/server/entry.mjs");
const dir = mkdtempSync(join(tmpdir(), "sidelines-bench-site-"));
const sqlitePath = join(dir, "bench.db");
const staticRoot = join(dir, "static");
const children: ChildProcess[] = [];
try {
	const store = await openStore({ sqlitePath, demo: true });
	const articles = Array.from({ length: ARTICLES }, (_, index) => syntheticArticle(index));
	await store.bulkInsert({ articles });
	await store.close();

	const api = await startProcess(
		[apiEntry],
		{ PORT: "0", SIDELINES_DB: sqlitePath, TRUST_PROXY: "1" },
		/localhost:(\d+)/,
	);
	children.push(api.child);
	const sitePort = await freePort();
	const site = await startProcess(
		[siteEntry],
		{
			PORT: String(sitePort),
			HOST: "127.0.0.1",
			SIDELINES_API_URL: `http://127.0.0.1:${api.port}`,
			SITE_URL: `http://127.0.0.1:${sitePort}`,
		},
		/127\.0\.0\.1:(\d+)/,
	);
	children.push(site.child);
	const staticServer = fileURLToPath(new URL("./static-server.ts", import.meta.url));
	const baseline = await startProcess(["--import", "tsx", staticServer, staticRoot], {}, /port=(\d+)/);
	children.push(baseline.child);

	const step = ARTICLES / PAGES;
	const paths = Array.from({ length: PAGES }, (_, i) => `/articles/${articles[Math.floor(i * step)]?.slug}`);
	// Warm both: the first renders compile code paths and fill the API's caches.
	for (const path of paths.slice(0, 50)) await timed(`http://127.0.0.1:${sitePort}${path}`);

	const siteMs: number[] = [];
	const staticMs: number[] = [];
	let siteTotal = 0;
	let staticTotal = 0;
	for (let start = 0; start < paths.length; start += BATCH) {
		const batch = paths.slice(start, start + BATCH);
		let began = performance.now();
		for (const path of batch) {
			const { ms, body } = await timed(`http://127.0.0.1:${sitePort}${path}`);
			siteMs.push(ms);
			mkdirSync(join(staticRoot, path), { recursive: true });
			writeFileSync(join(staticRoot, path, "index.html"), body);
		}
		siteTotal += performance.now() - began;
		began = performance.now();
		for (const path of batch) staticMs.push((await timed(`http://127.0.0.1:${baseline.port}${path}`)).ms);
		staticTotal += performance.now() - began;
	}

	const page = await timed(`http://127.0.0.1:${sitePort}/articles/${materaArticle.slug}`);
	let bytes = Buffer.byteLength(page.body);
	for (const [, href] of page.body.matchAll(/<link rel="stylesheet" href="([^"]+)"/g))
		bytes += Buffer.byteLength((await timed(`http://127.0.0.1:${sitePort}${href}`)).body);

	const row = (name: string, ms: number[], total: number) =>
		`${name.padEnd(8)} p50 ${quantile(ms, 0.5).toFixed(2).padStart(7)} ms   p99 ${quantile(ms, 0.99).toFixed(2).padStart(7)} ms   ${((ms.length / total) * 1000).toFixed(0).padStart(6)} pages/s`;
	console.log(
		`${PAGES} of ${ARTICLES} article pages, one request at a time, batches of ${BATCH} interleaved`,
	);
	console.log(row("site", siteMs, siteTotal));
	console.log(row("static", staticMs, staticTotal));
	console.log(
		`ratio site/static: p50 ${(quantile(siteMs, 0.5) / quantile(staticMs, 0.5)).toFixed(1)}x, p99 ${(quantile(siteMs, 0.99) / quantile(staticMs, 0.99)).toFixed(1)}x, pages/s ${(staticTotal / siteTotal).toFixed(2)}x`,
	);
	console.log(`article page (Matera): ${(bytes / 1024).toFixed(1)} KB HTML + CSS (budget 50 KB)`);
} finally {
	for (const child of children) child.kill();
	rmSync(dir, { recursive: true, force: true });
}
