import { ArticleCache, createApp, ResponseCache } from "@sidelines/api";
import { listen, nodeListener, type RunningServer, watchChanges } from "@sidelines/api/node";
import { openStore, type SqlStore } from "@sidelines/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { comparableHeaders, LIST, MEETING, setTopics, topicsOf } from "./support/kept-answers.js";

const headersOf = (response: Response) => comparableHeaders(response, "content-length");

/** One more API instance over the same database, as another process would be, with its own caches. */
async function instance(store: SqlStore, responseCache: ResponseCache) {
	const articleCache = new ArticleCache();
	const app = createApp({ store, articleCache, log: () => {} });
	const server: RunningServer = await listen(nodeListener(app.fetch, { articleCache, responseCache }), {
		port: 0,
	});
	return { app, server, fetch: (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init) };
}

describe.each(DATABASES)("the response cache on %s", (kind) => {
	let api: TestApi;
	let a: Awaited<ReturnType<typeof instance>>;
	let b: Awaited<ReturnType<typeof instance>>;
	let clockOfB = 0;
	beforeAll(async () => {
		api = await startApi(kind);
		a = await instance(api.store, new ResponseCache());
		b = await instance(api.store, new ResponseCache(1000, 1000, () => clockOfB));
	});
	afterAll(async () => {
		await a.server.close();
		await b.server.close();
		await api.close();
	});

	it("answers from the cache exactly like the app: status, headers, body, and 304", async () => {
		await a.fetch(LIST); // fills the cache
		const cached = await a.fetch(LIST);
		const app = await a.app.request(LIST);
		expect(cached.status).toBe(200);
		expect(headersOf(cached)).toEqual(headersOf(app));
		expect(await cached.text()).toBe(await app.text());
		const etag = cached.headers.get("etag") as string;
		expect(etag).toMatch(/^"/);
		const cached304 = await a.fetch(LIST, { headers: { "if-none-match": etag } });
		expect(cached304.status).toBe(304);
		expect(headersOf(cached304)).toEqual(
			headersOf(await a.app.request(LIST, { headers: { "if-none-match": etag } })),
		);
	});

	it("shows a write at once on the instance that took it, and on another within the bound", async () => {
		const before = await topicsOf(await b.fetch(LIST)); // B keeps this answer from time 0
		await a.fetch(LIST);
		const { authorization } = await api.key(["write"]);
		const written = await a.fetch(`/v1/meetings/${MEETING}`, {
			method: "PATCH",
			headers: { authorization, "content-type": "application/json", "if-match": `"${MEETING}:v1"` },
			body: JSON.stringify({ topics: ["ferry timetables"] }),
		});
		expect(written.status).toBe(200);

		expect(await topicsOf(await a.fetch(LIST))).toEqual(["ferry timetables"]);
		clockOfB = 999;
		expect(await topicsOf(await b.fetch(LIST))).toEqual(before);
		clockOfB = 1000;
		expect(await topicsOf(await b.fetch(LIST))).toEqual(["ferry timetables"]);
	});

	it("shows a write made through another process once this instance has polled the change count", async () => {
		// Its own connection (or pool), as another process has; answers kept a minute, so only the poll can clear them.
		const store = await openStore(api.location);
		const responseCache = new ResponseCache(1000, 60_000);
		const c = await instance(store, responseCache);
		const watch = watchChanges(store, () => responseCache.clear(), 60_000);
		try {
			await watch.check();
			const before = await topicsOf(await c.fetch(LIST));
			const { authorization } = await api.key(["write"]);
			const written = await setTopics(a.fetch, authorization, ["harbour pilots"]);
			expect(written.status).toBe(200);
			expect(await topicsOf(await c.fetch(LIST))).toEqual(before);
			await watch.check();
			expect(await topicsOf(await c.fetch(LIST))).toEqual(["harbour pilots"]);
		} finally {
			watch.stop();
			await c.server.close();
			await store.close();
		}
	});

	it("keeps no answer for editors and none that is not public", async () => {
		const { authorization } = await api.key(["write"]);
		const queue = await a.fetch("/v1/meetings?review=proposed", { headers: { authorization } });
		expect(queue.status).toBe(200);
		const anonymous = await a.fetch("/v1/meetings?review=proposed");
		expect(anonymous.status).toBe(401);
	});
});
