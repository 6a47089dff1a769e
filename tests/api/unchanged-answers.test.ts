import { createApp } from "@sidelines/api";
import { openStore } from "@sidelines/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { comparableHeaders, LIST, MEETING, setTopics, topicsOf } from "./support/kept-answers.js";

describe.each(DATABASES)("the app's answers kept while the store is unchanged, on %s", (kind) => {
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi(kind);
	});
	afterAll(async () => {
		await api.close();
	});

	it("answers a repeated read with the same status, headers and bytes, and 304 to its ETag", async () => {
		const made = await api.app.request(LIST);
		const kept = await api.app.request(LIST);
		expect(kept.status).toBe(200);
		expect(comparableHeaders(kept)).toEqual(comparableHeaders(made));
		expect(await kept.text()).toBe(await made.text());
		const etag = kept.headers.get("etag") as string;
		const notModified = await api.app.request(LIST, { headers: { "if-none-match": etag } });
		expect(notModified.status).toBe(304);
		expect(await notModified.text()).toBe("");
		// Over https the kept bytes get HSTS like any answer made then.
		const secure = await api.app.request(`https://api.example${LIST}`);
		expect(secure.headers.get("strict-transport-security")).toMatch(/max-age=/);
	});

	it("reads the records once for repeated reads, and again after any write", async () => {
		let lists = 0;
		const meetings = {
			...api.store.meetings,
			list: (...args: Parameters<typeof api.store.meetings.list>) => {
				lists += 1;
				return api.store.meetings.list(...args);
			},
		};
		const app = createApp({ store: { ...api.store, meetings }, log: () => {} });
		const path = `${LIST}&format=in_person`;
		for (let i = 0; i < 3; i++) expect((await app.request(path)).status).toBe(200);
		expect(lists).toBe(1);
		await api.store.articles.recordView("art-motegi-blinken-matera"); // a view is no write
		await app.request(path);
		expect(lists).toBe(1);
		const meeting = (await api.store.meetings.get(MEETING)) as { version: number };
		await api.store.meetings.update(MEETING, { topics: ["tide tables"] }, meeting.version);
		await app.request(path);
		expect(lists).toBe(2);
		const { authorization } = await api.key(["write"]);
		await app.request(path, { headers: { authorization } });
		expect(lists).toBe(3);
	});

	it("shows a write made through another process's store on the very next read", async () => {
		const before = await topicsOf(await api.app.request(LIST));
		expect(await topicsOf(await api.app.request(LIST))).toEqual(before);
		// Another process: its own store (connection or pool) and its own app over the same database.
		const store = await openStore(api.location);
		try {
			const other = createApp({ store, log: () => {} });
			const { authorization } = await api.key(["write"]);
			const written = await setTopics(other.request, authorization, ["lighthouse keepers"]);
			expect(written.status).toBe(200);
		} finally {
			await store.close();
		}
		expect(await topicsOf(await api.app.request(LIST))).toEqual(["lighthouse keepers"]);
	});

	it("keeps nothing for key holders: their reads always reach the store", async () => {
		const { authorization } = await api.key(["write"]);
		const queue = await api.app.request("/v1/meetings?review=proposed", { headers: { authorization } });
		expect(queue.status).toBe(200);
		expect(queue.headers.get("cache-control")).toBe("no-store");
		expect((await api.app.request("/v1/meetings?review=proposed")).status).toBe(401);
	});
});
