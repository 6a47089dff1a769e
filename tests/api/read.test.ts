import { materaArticle } from "@sidelines/domain/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, problemOf, SITE, startApi, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";

const MATERA_MEETINGS = [
	"mtg-blinken-motegi-2021-06-29",
	"mtg-motegi-di-maio-2021-06-29",
	"mtg-motegi-raab-2021-06-29",
];
const SLUG = materaArticle.slug;

describe.each(DATABASES)("public reads on %s", (kind) => {
	let api: TestApi;
	beforeAll(async () => {
		api = await startApi(kind);
	});
	afterAll(async () => {
		expect(api.logged).toEqual([]);
		await api.close();
	});

	const json = async (path: string) => {
		const response = await api.fetch(path);
		expect(response.status, path).toBe(200);
		expect(response.headers.get("content-type")).toMatch(/^application\/json/);
		return jsonOf(response);
	};
	const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id).sort();

	it("lists Motegi's meetings: the three Matera meetings and none else", async () => {
		expect(ids(await json("/v1/meetings?diplomat=motegi-toshimitsu"))).toEqual(MATERA_MEETINGS);
	});

	it("filters meetings by country, occasion, format, status and dates", async () => {
		expect(ids(await json("/v1/meetings?country=GB"))).toEqual(["mtg-motegi-raab-2021-06-29"]);
		expect(ids(await json("/v1/meetings?occasion=g20-fmm-matera-2021"))).toEqual(MATERA_MEETINGS);
		expect(ids(await json("/v1/meetings?format=phone"))).toEqual(["mtg-suga-biden-2021-01"]);
		expect(ids(await json("/v1/meetings?format=video"))).toEqual([]);
		expect(ids(await json("/v1/meetings?status=held"))).toHaveLength(4);
		expect(ids(await json("/v1/meetings?status=planned"))).toEqual([]);
		expect(ids(await json("/v1/meetings?from=2021-01-01&to=2021-01-31"))).toEqual(["mtg-suga-biden-2021-01"]);
		const june = ids(await json("/v1/meetings?from=2021-06-29&to=2021-06-29"));
		expect(june).toContain("mtg-blinken-motegi-2021-06-29");
		expect(june).not.toContain("mtg-suga-biden-2021-01");
		expect(ids(await json("/v1/meetings?diplomat=joe-biden&country=US"))).toEqual(["mtg-suga-biden-2021-01"]);
	});

	it("serves Suga–Biden as a phone meeting in late January 2021", async () => {
		const response = await api.fetch("/v1/meetings/mtg-suga-biden-2021-01");
		expect(response.headers.get("etag")).toBe('"mtg-suga-biden-2021-01:v1"');
		const meeting = await jsonOf(response);
		expect(meeting.format).toBe("phone");
		expect(meeting.date).toEqual({ year: 2021, month: 1, qualifier: "late", precision: "month" });
		expect(meeting.participants.map((party: { diplomatId: string }) => party.diplomatId).sort()).toEqual([
			"joe-biden",
			"suga-yoshihide",
		]);
	});

	it("lists Blinken's counterparts with Motegi once", async () => {
		const { items } = await json("/v1/diplomats/antony-blinken/counterparts");
		expect(
			items.filter((item: { counterpart: string }) => item.counterpart === "motegi-toshimitsu"),
		).toHaveLength(1);
		expect(items).toHaveLength(1);
		expect(items[0].meetings).toBe(1);
	});

	it("shows the Matera occasion with three pairs in its matrix", async () => {
		const detail = await json("/v1/occasions/g20-fmm-matera-2021");
		expect(detail.occasion.id).toBe("g20-fmm-matera-2021");
		expect(detail.pairs).toHaveLength(3);
		for (const pair of detail.pairs) expect([pair.a, pair.b]).toContain("motegi-toshimitsu");
		expect((await json("/v1/occasions")).items.map((occasion: { id: string }) => occasion.id)).toEqual([
			"g20-fmm-matera-2021",
		]);
		expect((await json(`/v1/occasions/${detail.occasion.slug}`)).occasion.id).toBe("g20-fmm-matera-2021");
	});

	it("filters articles by section, tag, diplomat, meeting, dates and text", async () => {
		const one = [materaArticle.id];
		expect(ids(await json("/v1/articles"))).toEqual(one);
		expect(ids(await json("/v1/articles?section=japan"))).toEqual(one);
		expect(ids(await json("/v1/articles?section=middle-east"))).toEqual([]);
		expect(ids(await json("/v1/articles?tag=g20"))).toEqual(one);
		expect(ids(await json("/v1/articles?tag=sport"))).toEqual([]);
		expect(ids(await json("/v1/articles?diplomat=joe-biden"))).toEqual(one);
		expect(ids(await json("/v1/articles?meeting=mtg-suga-biden-2021-01"))).toEqual(one);
		expect(ids(await json("/v1/articles?from=2021-06-01&to=2021-07-31"))).toEqual(one);
		expect(ids(await json("/v1/articles?from=2021-07-01"))).toEqual([]);
		expect(ids(await json("/v1/articles?q=Matera"))).toEqual(one);
		expect(ids(await json("/v1/articles?q=Matera&section=middle-east"))).toEqual([]);
		expect(ids(await json("/v1/articles?q=zyzzyva"))).toEqual([]);
	});

	it("serves one article by slug with a version ETag", async () => {
		const response = await api.fetch(`/v1/articles/${SLUG}`);
		expect(response.status).toBe(200);
		expect(response.headers.get("etag")).toBe(`"${materaArticle.id}:v1"`);
		const article = await jsonOf(response);
		expect(article.headline).toBe(materaArticle.headline);
		expect(article.body).toEqual(materaArticle.body);
	});

	it("finds diplomats by country and by any form of their name", async () => {
		expect(ids(await json("/v1/diplomats?country=JP"))).toEqual(["motegi-toshimitsu", "suga-yoshihide"]);
		expect(ids(await json("/v1/diplomats?q=Motegi"))).toEqual(["motegi-toshimitsu"]);
		expect(ids(await json(`/v1/diplomats?q=${encodeURIComponent("茂木")}`))).toEqual(["motegi-toshimitsu"]);
		expect((await json("/v1/diplomats/dominic-raab")).country).toBe("GB");
	});

	it("pages through diplomats with cursors, each exactly once", async () => {
		const seen: string[] = [];
		let cursor: string | null = null;
		let pages = 0;
		do {
			const page: { items: { id: string }[]; nextCursor: string | null } = await json(
				`/v1/diplomats?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
			);
			expect(page.items.length).toBeLessThanOrEqual(2);
			seen.push(...page.items.map((item) => item.id));
			cursor = page.nextCursor;
			pages++;
		} while (cursor !== null && pages < 10);
		expect(seen.sort()).toEqual([
			"antony-blinken",
			"dominic-raab",
			"joe-biden",
			"luigi-di-maio",
			"motegi-toshimitsu",
			"suga-yoshihide",
		]);
	});

	it("searches articles, diplomats and meetings at once", async () => {
		const results = await json("/v1/search?q=Motegi");
		expect(results.articles.map((hit: { article: { id: string } }) => hit.article.id)).toEqual([
			materaArticle.id,
		]);
		expect(results.diplomats.map((diplomat: { id: string }) => diplomat.id)).toEqual(["motegi-toshimitsu"]);
		expect(results.meetings.map((meeting: { id: string }) => meeting.id).sort()).toEqual(MATERA_MEETINGS);
		const problem = await problemOf(await api.fetch("/v1/search"));
		expect(problem.status).toBe(400);
		expect(problem.errors[0]?.parameter).toBe("q");
	});

	it("lists sections", async () => {
		expect((await json("/v1/sections")).items).toEqual([{ slug: "japan", name: "Japan" }]);
	});

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

	it("answers conditional GETs with 304 and sends cache headers for CDNs", async () => {
		for (const path of [
			`/v1/articles/${SLUG}`,
			"/v1/meetings?diplomat=motegi-toshimitsu",
			"/v1/occasions/g20-fmm-matera-2021",
			"/v1/sections",
		]) {
			const first = await api.fetch(path);
			const etag = first.headers.get("etag");
			expect(etag, path).toMatch(/^"[^"]+"$/);
			expect(first.headers.get("cache-control")).toBe(
				"public, max-age=60, s-maxage=300, stale-while-revalidate=600",
			);
			const again = await api.fetch(path, { headers: { "if-none-match": etag as string } });
			expect(again.status, path).toBe(304);
			expect(again.headers.get("etag")).toBe(etag);
			expect(await again.text()).toBe("");
			const other = await api.fetch(path, { headers: { "if-none-match": '"something-else"' } });
			expect(other.status).toBe(200);
			expect(first.headers.get("etag")).toBe(other.headers.get("etag"));
		}
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

	it("answers bad reads with problem+json: 400, 404, 405", async () => {
		const tooMany = await problemOf(await api.fetch("/v1/articles?limit=101"));
		expect(tooMany.status).toBe(400);
		expect(tooMany.errors).toEqual([expect.objectContaining({ parameter: "limit" })]);
		expect((await problemOf(await api.fetch("/v1/meetings?format=teleport"))).status).toBe(400);
		expect((await problemOf(await api.fetch("/v1/meetings?from=29-06-2021"))).status).toBe(400);
		expect((await problemOf(await api.fetch("/v1/diplomats?cursor=not-a-cursor"))).status).toBe(400);
		expect((await problemOf(await api.fetch("/v1/articles/no-such-article"))).status).toBe(404);
		expect((await problemOf(await api.fetch("/v1/articles/Not_A_Slug"))).status).toBe(404);
		expect((await problemOf(await api.fetch("/v1/diplomats/nobody"))).status).toBe(404);
		expect((await problemOf(await api.fetch("/v1/nothing-here"))).status).toBe(404);
		const wrongMethod = await api.fetch("/v1/sections", { method: "DELETE" });
		expect((await problemOf(wrongMethod)).status).toBe(405);
		expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD");
		const put = await api.fetch("/v1/meetings/mtg-suga-biden-2021-01", { method: "PUT", body: "{}" });
		expect(put.status).toBe(405);
		expect(put.headers.get("allow")).toBe("DELETE, GET, HEAD, PATCH");
	});
});
