import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@sidelines/store";
import autocannon from "autocannon";
import { cpuOf } from "../proc.js";
import { ROUTES } from "./routes.js";

/*
 * The API's hot paths against baselines measured in the same run, on loopback with 50 connections:
 *   bare     node:http returning the pre-serialized body with minimal headers (the raw ceiling)
 *   replay   node:http returning exactly the bytes the API returns, headers included (the ceiling
 *            for the same answer: what is left is framework and middleware cost)
 *   fastify  Fastify serving the same routes from the same store
 * Subjects: `api` (server.ts as deployed: the Hono app behind the Node fast lane for cached
 * articles) and `app` (the Hono app alone, as on Workers).
 * Servers run in their own processes and are measured in interleaved rounds, each round starting with
 * another server; every ratio is taken within a round (subject and baseline measured seconds apart) and
 * reported as the median and range over ROUNDS, because the machine is shared and its speed drifts.
 * Run: npx tsx bench/api/run.ts   (BENCH_SECONDS, BENCH_ROUNDS to change the length; BENCH_ROUTES=article,search
 * to measure only the routes whose names contain one of those words)
 * Targets (issue 12, against the server replaying the same bytes; printed against `bare` too): article by
 * slug >= 0.9x req/s with p99 <= 1.5x; the other reads >= 0.5x with p99 <= 2x; every read >= 1.0x Fastify.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = 50;
const ONLY = process.env.BENCH_ROUTES?.split(",").map((word) => word.trim().toLowerCase());
const CHOSEN = Object.entries(ROUTES).filter(([name]) => !ONLY || ONLY.some((word) => name.includes(word)));
if (CHOSEN.length === 0)
	throw new Error(
		`BENCH_ROUTES=${process.env.BENCH_ROUTES} names none of: ${Object.keys(ROUTES).join(", ")}`,
	);
const SERVERS = ["bare", "replay", "fastify", "api", "app"] as const;
type ServerKind = (typeof SERVERS)[number];

interface Measure {
	rps: number;
	p50: number;
	p99: number;
	/** The server's CPU time per answered request, in µs. */
	cpu: number;
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

async function run(url: string, duration: number, server: ChildProcess): Promise<Measure> {
	const before = cpuOf(server.pid as number);
	const result = await autocannon({ url, connections: CONNECTIONS, duration });
	const cpu = ((cpuOf(server.pid as number) - before) * 1e6) / Math.max(result.requests.total, 1);
	if (result.non2xx > 0 || result.errors > 0)
		throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
	return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpu };
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
/** Per route, per server: one measure per round. */
const results = new Map<string, Map<ServerKind, Measure[]>>();
try {
	for (const kind of SERVERS) servers.set(kind, await start(kind, sqlitePath));
	const order = [...servers];
	for (const [name, path] of CHOSEN) {
		for (const [kind, { port, child }] of order) {
			const url = `http://127.0.0.1:${port}${path}`;
			const probe = await fetch(url);
			if (probe.status !== 200)
				throw new Error(`${kind} ${url} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
			await run(url, 1, child); // warm-up: JIT, caches
		}
		const samples = new Map<ServerKind, Measure[]>(SERVERS.map((kind) => [kind, []]));
		for (let round = 0; round < ROUNDS; round++) {
			// Each round starts with another server, so none is always measured first (or right after the client warmed).
			const turn = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
			for (const [kind, { port, child }] of turn)
				samples.get(kind)?.push(await run(`http://127.0.0.1:${port}${path}`, SECONDS, child));
		}
		for (const [kind, list] of samples) {
			console.log(
				`${kind.padEnd(8)} ${name.padEnd(20)} ${median(list.map((m) => m.rps))
					.toFixed(0)
					.padStart(
						7,
					)} req/s  p50 ${median(list.map((m) => m.p50))} ms  p99 ${median(list.map((m) => m.p99))} ms  CPU ${median(list.map((m) => m.cpu)).toFixed(0)} µs/req  (rounds: ${list.map((m) => m.rps.toFixed(0)).join(", ")})`,
			);
		}
		results.set(name, samples);
	}
} finally {
	for (const { child } of servers.values()) child.kill("SIGTERM");
	rmSync(dir, { recursive: true, force: true });
}

const latency = (a: number, b: number) => a / Math.max(b, 1); // autocannon reports whole ms: floor at 1 ms
/**
 * A ratio of `subject` to `baseline` for each round (both measured within seconds of each other, so drift
 * in the machine's speed cancels), summarised as the median and the range over rounds.
 */
function paired(list: Measure[], baseline: Measure[], of: (s: Measure, b: Measure) => number) {
	const ratios = list.map((measure, index) => of(measure, baseline[index] as Measure));
	return { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
}
const rpsRatio = (s: Measure, b: Measure) => s.rps / Math.max(b.rps, 1e-9);
const p99Ratio = (s: Measure, b: Measure) => latency(s.p99, b.p99);
/** How many of the subject's answers one CPU second buys, against the baseline's: the throughput ratio of a quiet machine. */
const capacityRatio = (s: Measure, b: Measure) => b.cpu / Math.max(s.cpu, 1e-9);
const show = (r: { median: number; low: number; high: number }) =>
	`${r.median.toFixed(2)}x (${r.low.toFixed(2)}-${r.high.toFixed(2)})`;

/** Issue 12's targets: the article fast lane near the bare server, every other read at least half of it. */
const targetOf = (name: string) =>
	name === "article by slug" ? { bare: 0.9, p99: 1.5, fastify: 1.0 } : { bare: 0.5, p99: 2, fastify: 1.0 };
let failed = false;
console.log(
	`\nratios per round (median, range over ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections); the issue's baseline is` +
		"\n`replay` (a bare node:http server sending the same bytes); `bare` sends the body with two headers only." +
		"\nAnswers per CPU second (the server process's CPU time per request, inverted) is the ratio a busy machine" +
		"\nhardly moves: it is the req/s ratio the servers would reach with a core each.",
);
for (const subject of ["api", "app"] as const) {
	console.log(
		subject === "api"
			? "\nthe API as server.ts runs it (Hono app behind the Node fast lanes):"
			: "\nthe Hono app alone (no fast lanes; what a Workers deployment runs, and every cache miss):",
	);
	for (const [name, row] of results) {
		const s = row.get(subject) as Measure[];
		const target = targetOf(name);
		const vsReplay = paired(s, row.get("replay") as Measure[], rpsRatio);
		const vsBare = paired(s, row.get("bare") as Measure[], rpsRatio);
		const vsFastify = paired(s, row.get("fastify") as Measure[], rpsRatio);
		const p99Replay = paired(s, row.get("replay") as Measure[], p99Ratio);
		const p99Bare = paired(s, row.get("bare") as Measure[], p99Ratio);
		const cpuReplay = paired(s, row.get("replay") as Measure[], capacityRatio);
		const cpuBare = paired(s, row.get("bare") as Measure[], capacityRatio);
		const vsFastifyCpu = paired(s, row.get("fastify") as Measure[], capacityRatio);
		const met = (throughput: number, p99: number, fastify = vsFastify.median) =>
			throughput >= target.bare && p99 <= target.p99 && fastify >= target.fastify ? "met" : "NOT met";
		const issueVerdict = met(vsReplay.median, p99Replay.median);
		if (subject === "api" && issueVerdict !== "met") failed = true;
		console.log(
			`  ${name.padEnd(20)} req/s ${show(vsReplay)} replay, ${show(vsBare)} bare, ${show(vsFastify)} fastify` +
				` | p99 ${show(p99Replay)} replay, ${show(p99Bare)} bare` +
				`\n  ${"".padEnd(20)} answers per CPU second ${show(cpuReplay)} replay, ${show(cpuBare)} bare, ${show(vsFastifyCpu)} fastify` +
				`\n  ${"".padEnd(20)} target >= ${target.bare}x, p99 <= ${target.p99}x, >= ${target.fastify}x fastify: ${issueVerdict} against replay, ${met(vsBare.median, p99Bare.median)} against bare;` +
				` by CPU: ${met(cpuReplay.median, p99Replay.median, vsFastifyCpu.median)} against replay, ${met(cpuBare.median, p99Bare.median, vsFastifyCpu.median)} against bare`,
		);
	}
}
process.exitCode = failed ? 1 : 0;
