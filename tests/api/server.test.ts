import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ArticleCache } from "@sidelines/api";
import { listen, nodeListener } from "@sidelines/api/node";
import { materaArticle } from "@sidelines/domain/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, startApi, type TestApi } from "./support/api.js";

const IGNORED = new Set(["date", "connection", "keep-alive", "content-length", "transfer-encoding"]);
const headersOf = (response: Response) =>
	Object.fromEntries(
		[...response.headers].filter(([name]) => !IGNORED.has(name)).sort(([a], [b]) => a.localeCompare(b)),
	);

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

describe("the Node fast lane for cached articles", () => {
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi("sqlite");
	});
	afterAll(async () => api.close());

	it("answers exactly like the app: same status, headers and body, 200 and 304", async () => {
		const path = `/v1/articles/${materaArticle.slug}`;
		await api.fetch(path); // fills the cache; the next request takes the fast lane
		const fast = await api.fetch(path);
		const app = await api.app.request(path);
		expect(fast.status).toBe(200);
		expect(headersOf(fast)).toEqual(headersOf(app));
		expect(await fast.text()).toBe(await app.text());
		expect(Number(fast.headers.get("content-length"))).toBe(
			Buffer.byteLength(JSON.stringify(await jsonOf(await api.app.request(path)))),
		);

		const etag = fast.headers.get("etag") as string;
		const fast304 = await api.fetch(path, { headers: { "if-none-match": etag } });
		const app304 = await api.app.request(path, { headers: { "if-none-match": etag } });
		expect(fast304.status).toBe(304);
		expect(headersOf(fast304)).toEqual(headersOf(app304));
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
