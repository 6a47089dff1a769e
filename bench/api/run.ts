import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@sidelines/store";
import autocannon from "autocannon";
import { ROUTES } from "./routes.js";

/*
 * The API's hot paths against baselines measured in the same run, on loopback with 50 connections:
 *   bare     node:http returning the pre-serialized body with minimal headers (the raw ceiling)
 *   replay   node:http returning exactly the bytes the API returns, headers included (the ceiling
 *            for the same answer: what is left is framework and middleware cost)
 *   fastify  Fastify serving the same routes from the same store
 * Subjects: `api` (server.ts as deployed: the Hono app behind the Node fast lane for cached
 * articles) and `app` (the Hono app alone, as on Workers).
 * Servers run in their own processes and are measured in interleaved rounds (median of ROUNDS),
 * because the machine is shared and its speed drifts during a run.
 * Run: npx tsx bench/api/run.ts   (BENCH_SECONDS, BENCH_ROUNDS to change the length)
 * Targets (issue 12): article by slug >= 0.9x bare req/s with p99 <= 1.5x bare's; the other reads >= 0.5x
 * bare with p99 <= 2x; every read >= 1.0x Fastify.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
const SERVERS = ["bare", "replay", "fastify", "api", "app"] as const;
type ServerKind = (typeof SERVERS)[number];

interface Measure {
	rps: number;
	p50: number;
	p99: number;
}

function start(kind: ServerKind, sqlitePath: string): Promise<{ port: number; child: ChildProcess }> {
	const script = fileURLToPath(new URL("./servers.ts", import.meta.url));
	const child = spawn(process.execPath, ["--import", "tsx", "--no-warnings", script, kind, sqlitePath], {
		stdio: ["ignore", "pipe", "inherit"],
	});
	return new Promise((resolve, reject) => {
		let output = "";
		child.stdout?.on("data", (chunk: Buffer) => {
			output += chunk.toString();
			const match = /port=(\d+)/.exec(output);
			if (match) resolve({ port: Number(match[1]), child });
		});
		child.once("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
	});
}

async function run(url: string, duration: number): Promise<Measure> {
	const result = await autocannon({ url, connections: CONNECTIONS, duration });
	if (result.non2xx > 0 || result.errors > 0)
		throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
	return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
};

const dir = mkdtempSync(join(tmpdir(), "sidelines-bench-"));
const sqlitePath = join(dir, "bench.db");
const setup = await openStore({ sqlitePath, demo: true });
await setup.close();

const servers = new Map<ServerKind, { port: number; child: ChildProcess }>();
const results = new Map<string, Map<ServerKind, Measure>>();
try {
	for (const kind of SERVERS) servers.set(kind, await start(kind, sqlitePath));
	for (const [name, path] of Object.entries(ROUTES)) {
		const samples = new Map<ServerKind, Measure[]>();
		for (const [kind, { port }] of servers) {
			const url = `http://127.0.0.1:${port}${path}`;
			const probe = await fetch(url);
			if (probe.status !== 200)
				throw new Error(`${kind} ${url} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
			await run(url, 1); // warm-up: JIT, caches
		}
		for (let round = 0; round < ROUNDS; round++) {
			for (const [kind, { port }] of servers) {
				const measured = await run(`http://127.0.0.1:${port}${path}`, SECONDS);
				samples.set(kind, [...(samples.get(kind) ?? []), measured]);
			}
		}
		const row = new Map<ServerKind, Measure>();
		for (const [kind, list] of samples) {
			const measure = {
				rps: median(list.map((m) => m.rps)),
				p50: median(list.map((m) => m.p50)),
				p99: median(list.map((m) => m.p99)),
			};
			row.set(kind, measure);
			console.log(
				`${kind.padEnd(8)} ${name.padEnd(20)} ${measure.rps.toFixed(0).padStart(7)} req/s  p50 ${measure.p50} ms  p99 ${measure.p99} ms  (rounds: ${list.map((m) => m.rps.toFixed(0)).join(", ")})`,
			);
		}
		results.set(name, row);
	}
} finally {
	for (const { child } of servers.values()) child.kill("SIGTERM");
	rmSync(dir, { recursive: true, force: true });
}

const ratio = (a: number, b: number) => a / Math.max(b, 1e-9);
const latency = (a: number, b: number) => a / Math.max(b, 1); // autocannon reports whole ms: floor at 1 ms
/** Issue 12's targets: the article fast lane near the bare server, every other read at least half of it. */
const targetOf = (name: string) =>
	name === "article by slug" ? { bare: 0.9, p99: 1.5, fastify: 1.0 } : { bare: 0.5, p99: 2, fastify: 1.0 };
let failed = false;
for (const subject of ["app", "api"] as const) {
	console.log(
		subject === "api"
			? "\nratios: the API as server.ts runs it (Hono app behind the Node fast lane for cached articles)"
			: "\nratios: the Hono app alone (no fast lane; what a Workers deployment runs)",
	);
	for (const [name, row] of results) {
		const s = row.get(subject) as Measure;
		const bare = row.get("bare") as Measure;
		const replay = row.get("replay") as Measure;
		const fastify = row.get("fastify") as Measure;
		const target = targetOf(name);
		const met =
			ratio(s.rps, bare.rps) >= target.bare &&
			latency(s.p99, bare.p99) <= target.p99 &&
			ratio(s.rps, fastify.rps) >= target.fastify;
		if (subject === "api" && !met) failed = true;
		console.log(
			`  ${name.padEnd(20)} req/s ${ratio(s.rps, bare.rps).toFixed(2)}x bare, ${ratio(s.rps, replay.rps).toFixed(2)}x replay, ${ratio(s.rps, fastify.rps).toFixed(2)}x fastify` +
				` | p99 ${latency(s.p99, bare.p99).toFixed(2)}x bare, ${latency(s.p99, fastify.p99).toFixed(2)}x fastify` +
				` | target >= ${target.bare}x bare, p99 <= ${target.p99}x, >= ${target.fastify}x fastify: ${met ? "met" : "NOT met"}`,
		);
	}
}
process.exitCode = failed ? 1 : 0;
