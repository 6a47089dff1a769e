import { materaArticle } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { apiForBlock, jsonOf, problemOf, SITE, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { demoReadChecks } from "./support/demo-reads.js";

const SLUG = materaArticle.slug;

describe.each(DATABASES)("public reads on %s", (kind) => {
	let api: TestApi;
	apiForBlock(kind, (started) => {
		api = started;
	});

	const json = async (path: string) => {
		const response = await api.fetch(path);
		expect(response.status, path).toBe(200);
		expect(response.headers.get("content-type")).toMatch(/^application\/json/);
		return jsonOf(response);
	};
	const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id).sort();

	demoReadChecks(() => api.fetch);

	it("counts views and ranks popular articles, rate limiting repeat views", async () => {
		expect((await json("/v1/articles/popular")).items).toEqual([]);
		const first = await api.fetch(`/v1/articles/${SLUG}/views`, { method: "POST" });
		expect(first.status).toBe(204);
		const popular = await json("/v1/articles/popular");
		expect(popular.items[0].article.slug).toBe(SLUG);
		expect(popular.items[0].views).toBe(1);
		await api.fetch(`/v1/articles/${SLUG}/views`, { method: "POST" });
		await api.fetch(`/v1/articles/${SLUG}/views`, { method: "POST" });
		const limited = await api.fetch(`/v1/articles/${SLUG}/views`, { method: "POST" });
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
		await problemOf(limited);
		expect((await json("/v1/articles/popular")).items[0].views).toBe(3);
		expect((await api.fetch("/v1/articles/no-such-article/views", { method: "POST" })).status).toBe(404);
	});

	it("redirects a short link to the article's canonical site URL", async () => {
		const response = await api.fetch(`/s/${materaArticle.shortCode}`, { redirect: "manual" });
		expect(response.status).toBe(301);
		expect(response.headers.get("location")).toBe(`${SITE}/articles/${SLUG}`);
		expect((await problemOf(await api.fetch("/s/ZZZZZZ", { redirect: "manual" }))).status).toBe(404);
	});

	it("never shows proposed or rejected meetings to readers", async () => {
		const { meeting } = await api.store.meetings.save({
			participants: [
				{ kind: "diplomat", diplomatId: "antony-blinken" },
				{ kind: "diplomat", diplomatId: "dominic-raab" },
			],
			date: { year: 2021, month: 5, day: 3, precision: "day" },
			format: "in_person",
			review: "proposed",
		});
		expect(ids(await json("/v1/meetings?diplomat=antony-blinken"))).toEqual([
			"mtg-blinken-motegi-2021-06-29",
		]);
		expect((await api.fetch(`/v1/meetings/${meeting.id}`)).status).toBe(404);
		expect((await api.fetch("/v1/meetings?review=proposed")).status).toBe(401);
		const { authorization } = await api.key(["write"]);
		const queue = await api.fetch("/v1/meetings?review=proposed", { headers: { authorization } });
		expect(ids(await jsonOf(queue))).toEqual([meeting.id]);
		expect(queue.headers.get("cache-control")).toBe("no-store");
		const counterparts = await json("/v1/diplomats/antony-blinken/counterparts");
		expect(counterparts.items.map((item: { counterpart: string }) => item.counterpart)).toEqual([
			"motegi-toshimitsu",
		]);
	});

	it("answers health and readiness", async () => {
		expect(await json("/healthz")).toEqual({ status: "ok" });
		expect(await json("/readyz")).toEqual({ status: "ok" });
	});

	it("sends secure headers and open CORS for reads only", async () => {
		const response = await api.fetch("/v1/sections", { headers: { origin: "https://elsewhere.example" } });
		expect(response.headers.get("x-content-type-options")).toBe("nosniff");
		expect(response.headers.get("x-frame-options")).toBe("DENY");
		expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
		expect(response.headers.get("referrer-policy")).toBe("no-referrer");
		expect(response.headers.get("strict-transport-security")).toBeNull();
		expect(response.headers.get("x-powered-by")).toBeNull();
		expect(response.headers.get("access-control-allow-origin")).toBe("*");
		const preflight = await api.fetch("/v1/articles", {
			method: "OPTIONS",
			headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
		});
		expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,HEAD");
	});
});
