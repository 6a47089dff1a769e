import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ArticleCache } from "@sidelines/api";
import { listen, nodeListener } from "@sidelines/api/node";
import { materaArticle } from "@sidelines/domain/fixtures";
import { createPostgresDatabase } from "@sidelines/store/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { jsonOf, startApi, type TestApi } from "./support/api.js";
import { comparableHeaders } from "./support/kept-answers.js";

const headersOf = (response: Response) => comparableHeaders(response, "content-length");

describe("the Node fast lane fires", () => {
	// A clock that stands still, so the cached entry stays fresh however slow the machine is.
	const articleCache = new ArticleCache(1000, 1000, () => 0);
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi("sqlite", { articleCache });
	});
	afterAll(async () => api.close());

	it("serves a cached article without reaching the app, 200 and 304, and never for a key holder", async () => {
		// The same listener over the same app and cache, with a handler that records what reaches the app.
		const reached: string[] = [];
		const app = api.app.fetch as (request: Request, ...rest: unknown[]) => Response | Promise<Response>;
		const counting = (request: Request, ...rest: unknown[]) => {
			reached.push(new URL(request.url).pathname);
			return app(request, ...rest);
		};
		const server = await listen(nodeListener(counting, { articleCache }), { port: 0 });
		try {
			const path = `/v1/articles/${materaArticle.slug}`;
			const first = await fetch(`${server.url}${path}`);
			expect(first.status).toBe(200);
			expect(reached).toEqual([path]);
			const second = await fetch(`${server.url}${path}`);
			expect(await second.text()).toBe(await first.text());
			const etag = second.headers.get("etag") ?? "";
			expect((await fetch(`${server.url}${path}`, { headers: { "if-none-match": etag } })).status).toBe(304);
			expect(reached).toEqual([path]);
			await fetch(`${server.url}${path}`, { headers: { authorization: "Bearer sl_not-a-key" } });
			expect(reached).toEqual([path, path]);
		} finally {
			await server.close();
		}
	});
});

/** The raw bytes of one HTTP/1.1 exchange, Date line removed (the only part allowed to differ). */
function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<string> {
	const { hostname, port } = new URL(url);
	const head = [`GET ${path} HTTP/1.1`, `host: ${hostname}:${port}`, "connection: close"];
	for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		const socket = connect(Number(port), hostname, () => socket.end(`${head.join("\r\n")}\r\n\r\n`));
		socket.on("data", (chunk: Buffer) => chunks.push(chunk));
		socket.on("error", reject);
		socket.on("close", () =>
			resolve(
				Buffer.concat(chunks)
					.toString("latin1")
					.replace(/\r\ndate: [^\r]*/i, ""),
			),
		);
	});
}

describe("the Node fast lane for cached articles", () => {
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi("sqlite");
	});
	afterAll(async () => api.close());

	it("answers byte for byte like the app's route, 200 and 304, headers included", async () => {
		const path = `/v1/articles/${materaArticle.slug}`;
		// The same app behind a listener without lanes: every request reaches the Hono route.
		const plain = await listen(nodeListener(api.app.fetch), { port: 0 });
		try {
			const viaApp = await rawGet(plain.url, path); // also fills the cache the lane answers from
			const viaLane = await rawGet(api.url, path);
			expect(viaLane.startsWith("HTTP/1.1 200 OK\r\n")).toBe(true);
			expect(viaLane).toBe(viaApp);
			expect(viaLane).toContain(
				`\r\ncontent-length: ${Buffer.byteLength(JSON.stringify(await jsonOf(await api.app.request(path))))}\r\n`,
			);

			const etag = /\r\netag: ([^\r]*)/.exec(viaLane)?.[1] as string;
			const app304 = await rawGet(plain.url, path, { "if-none-match": etag });
			const lane304 = await rawGet(api.url, path, { "if-none-match": etag });
			expect(lane304.startsWith("HTTP/1.1 304 Not Modified\r\n")).toBe(true);
			expect(lane304).toBe(app304);
		} finally {
			await plain.close();
		}
	});

	it("answers https requests from a trusted proxy with HSTS, as the app does", async () => {
		const path = `/v1/articles/${materaArticle.slug}`;
		const app = await api.app.request(`https://api.example${path}`);
		const proxied = await listen(
			nodeListener(api.app.fetch, { articleCache: api.articleCache, trustProxy: true }),
			{ port: 0 },
		);
		try {
			const lane = await fetch(`${proxied.url}${path}`, { headers: { "x-forwarded-proto": "https" } });
			expect(lane.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
			expect(headersOf(lane)).toEqual(headersOf(app));
			expect(await lane.text()).toBe(await app.text());
		} finally {
			await proxied.close();
		}
	});

	it("leaves editors, HEAD and odd URLs to the app", async () => {
		const { authorization } = await api.key(["write"]);
		const editor = await api.fetch(`/v1/articles/${materaArticle.slug}`, { headers: { authorization } });
		expect(editor.headers.get("cache-control")).toBe("no-store");
		const head = await api.fetch(`/v1/articles/${materaArticle.slug}`, { method: "HEAD" });
		expect(head.status).toBe(200);
		expect(head.headers.get("etag")).toBe(`"${materaArticle.id}:v1"`);
		expect((await api.fetch(`/v1/articles/${materaArticle.slug}?x=1`)).status).toBe(200);
		expect((await api.fetch(`/v1/articles/${materaArticle.slug}/`)).status).toBe(404);
	});

	it("answers what Node refuses before the app (a 20 kB request line) with problem+json", async () => {
		const refused = await api.fetch(`/v1/search?q=${"a".repeat(20_000)}`);
		expect(refused.status).toBe(431);
		expect(refused.headers.get("content-type")).toBe("application/problem+json");
		expect(await jsonOf(refused)).toMatchObject({
			status: 431,
			type: expect.stringContaining("malformed-request"),
		});
	});

	it("sends HSTS only to https requests", async () => {
		const https = await api.app.request(`https://api.example/v1/articles/${materaArticle.slug}`);
		expect(https.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
		expect(
			(await api.app.request("https://api.example/v1/sections")).headers.get("strict-transport-security"),
		).toMatch(/^max-age=/);
		expect((await api.fetch("/v1/sections")).headers.get("strict-transport-security")).toBeNull();
	});
});

describe("server.ts", () => {
	let child: ChildProcess;
	let dir: string;
	let url: string;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), "sidelines-server-"));
		const entry = join(dirname(createRequire(import.meta.url).resolve("@sidelines/api")), "server.js");
		child = spawn(process.execPath, ["--no-warnings", entry], {
			env: {
				...process.env,
				PORT: "0",
				SIDELINES_DB: join(dir, "sidelines.db"),
				DATABASE_URL: "",
				SITE_ORIGIN: "https://site.example",
			},
			stdio: ["ignore", "pipe", "pipe"],
		});
		url = await new Promise<string>((resolve, reject) => {
			let output = "";
			child.stdout?.on("data", (chunk: Buffer) => {
				output += chunk.toString();
				const match = /on (http:\/\/localhost:\d+)/.exec(output);
				if (match?.[1]) resolve(match[1]);
			});
			child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
		});
	});
	afterAll(() => {
		if (child.exitCode === null) child.kill("SIGKILL");
		rmSync(dir, { recursive: true, force: true });
	});

	it("loads the demo data into an empty database, serves /docs offline and stops cleanly on SIGTERM", async () => {
		expect(
			(await (await fetch(`${url}/v1/meetings?diplomat=motegi-toshimitsu`)).json()) as { items: unknown[] },
		).toMatchObject({
			items: expect.any(Array),
		});
		const short = await fetch(`${url}/s/${materaArticle.shortCode}`, { redirect: "manual" });
		expect(short.headers.get("location")).toBe(`https://site.example/articles/${materaArticle.slug}`);
		const bundle = await fetch(`${url}/docs/assets/standalone.js`);
		expect(bundle.status).toBe(200);
		expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
		const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
		child.kill("SIGTERM");
		expect(await exited).toBe(0);
	});
});

describe("server.ts with WORKERS=2 on PostgreSQL", () => {
	it("answers from both processes and stops them all on SIGTERM, with requests in flight and idle keep-alive sockets", async () => {
		const databaseUrl = await createPostgresDatabase(inject("sidelinesPostgresUrl"));
		const entry = join(dirname(createRequire(import.meta.url).resolve("@sidelines/api")), "server.js");
		const child = spawn(process.execPath, ["--no-warnings", entry], {
			env: { ...process.env, PORT: "0", WORKERS: "2", DATABASE_URL: databaseUrl, SIDELINES_DB: "" },
			stdio: ["ignore", "pipe", "pipe"],
		});
		try {
			const pids = new Set<string>();
			let output = "";
			const url = await new Promise<string>((resolve, reject) => {
				child.stdout?.on("data", (chunk: Buffer) => {
					output += chunk.toString();
					for (const match of output.matchAll(/on (http:\/\/localhost:\d+).*\(process (\d+)\)/g))
						pids.add(match[2] as string);
					const first = /on (http:\/\/localhost:\d+)/.exec(output)?.[1];
					if (first && pids.size === 2) resolve(first);
				});
				child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
			});
			const reads = Array.from({ length: 40 }, () => fetch(`${url}/v1/meetings?diplomat=motegi-toshimitsu`));
			expect((await Promise.all(reads)).map((response) => response.status)).toEqual(Array(40).fill(200));
			// More reads still running when the signal arrives; the sockets of the first ones stay open, idle.
			const late = Array.from({ length: 20 }, () =>
				fetch(`${url}/v1/search?q=Matera`).then(
					(response) => response.status,
					() => "refused",
				),
			);
			child.stderr?.on("data", (chunk: Buffer) => {
				output += chunk.toString();
			});
			const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
			child.kill("SIGTERM");
			expect(await exited).toBe(0);
			// Each worker let go by itself, not at the grace period's forced exit.
			expect(output.match(/SIGTERM: closing the server and the store/g)).toHaveLength(2);
			expect(output).not.toContain("still closing");
			for (const status of await Promise.all(late)) expect([200, "refused"]).toContain(status);
			for (const pid of pids) expect(() => process.kill(Number(pid), 0)).toThrow();
		} finally {
			if (child.exitCode === null) child.kill("SIGKILL");
		}
	}, 60_000);
});
