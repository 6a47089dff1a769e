import { demoRecords, materaArticle } from "@sidelines/domain/fixtures";
import { expect, it } from "vitest";
import { jsonOf, problemOf } from "./api.js";

/** A fetch against a running API: `fetch("/v1/articles")`. */
export type ApiFetch = (path: string, init?: RequestInit) => Promise<Response>;

const MATERA_MEETINGS = [
	"mtg-blinken-motegi-2021-06-29",
	"mtg-motegi-di-maio-2021-06-29",
	"mtg-motegi-raab-2021-06-29",
];
const SLUG = materaArticle.slug;

/**
 * The black-box reads every deployment must answer the same way over the demo data: Node on SQLite,
 * Node on PostgreSQL, and the Workers entry on D1. Call inside a describe; `target()` gives the fetch.
 */
export function demoReadChecks(target: () => ApiFetch): void {
	const fetch: ApiFetch = (path, init) => target()(path, init);
	const json = async (path: string) => {
		const response = await fetch(path);
		expect(response.status, path).toBe(200);
		expect(response.headers.get("content-type")).toMatch(/^application\/json/);
		return jsonOf(response);
	};
	const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id).sort();

	it("lists Motegi's meetings: the three Matera meetings and none else", async () => {
		expect(ids(await json("/v1/meetings?diplomat=motegi-toshimitsu"))).toEqual(MATERA_MEETINGS);
	});

	it("filters meetings by country, occasion, format, status and dates", async () => {
		expect(ids(await json("/v1/meetings?country=IT"))).toEqual(["mtg-motegi-di-maio-2021-06-29"]);
		expect(ids(await json("/v1/meetings?country=GB&diplomat=motegi-toshimitsu"))).toEqual([
			"mtg-motegi-raab-2021-06-29",
		]);
		expect(ids(await json("/v1/meetings?occasion=g20-fmm-matera-2021"))).toEqual(MATERA_MEETINGS);
		expect(ids(await json("/v1/meetings?format=phone"))).toEqual([
			"mtg-al-hinai-caldeira-prates-2026-10",
			"mtg-caldeira-prates-otieno-2026-11-24",
			"mtg-kesavan-mowbray-2026-10-28",
			"mtg-suga-biden-2021-01",
		]);
		expect(ids(await json("/v1/meetings?format=video"))).toEqual([
			"mtg-mowbray-ogata-2026-11",
			"mtg-otieno-eu-2026-11-05",
		]);
		expect(ids(await json("/v1/meetings?status=held&limit=100"))).toHaveLength(
			demoRecords.meetings.filter((meeting) => meeting.status === "held").length,
		);
		expect(ids(await json("/v1/meetings?status=planned"))).toEqual([
			"mtg-al-hinai-haddad-2027-01-19",
			"mtg-al-hinai-oberreiter-2027-01-20",
			"mtg-kesavan-ogata-2026-12",
		]);
		expect(ids(await json("/v1/meetings?status=cancelled"))).toEqual(["mtg-lindtveit-oberreiter-2026-11"]);
		expect(ids(await json("/v1/meetings?from=2021-01-01&to=2021-01-31"))).toEqual(["mtg-suga-biden-2021-01"]);
		const june = ids(await json("/v1/meetings?from=2021-06-29&to=2021-06-29"));
		expect(june).toContain("mtg-blinken-motegi-2021-06-29");
		expect(june).not.toContain("mtg-suga-biden-2021-01");
		expect(ids(await json("/v1/meetings?diplomat=joe-biden&country=US"))).toEqual(["mtg-suga-biden-2021-01"]);
	});

	it("serves Suga–Biden as a phone meeting in late January 2021", async () => {
		const response = await fetch("/v1/meetings/mtg-suga-biden-2021-01");
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
			"water-security-muscat-2027",
			"ports-dialogue-colombo-2026",
			"northern-waters-forum-tromso-2026",
			"g20-fmm-matera-2021",
		]);
		const colombo = await json("/v1/occasions/ports-dialogue-colombo-2026");
		expect(colombo.pairs).toHaveLength(9);
		expect((await json(`/v1/occasions/${detail.occasion.slug}`)).occasion.id).toBe("g20-fmm-matera-2021");
	});

	it("filters articles by section, tag, diplomat, meeting, dates and text", async () => {
		const one = [materaArticle.id];
		const published = demoRecords.articles.filter((article) => article.status === "published");
		expect(ids(await json("/v1/articles?limit=100"))).toEqual(published.map((article) => article.id).sort());
		expect(ids(await json("/v1/articles?section=japan"))).toEqual([
			"art-demo-ogata-after-colombo",
			"art-demo-ogata-in-seoul",
			"art-demo-ogata-mowbray-video",
			materaArticle.id,
		]);
		expect(ids(await json("/v1/articles?section=middle-east"))).toEqual([
			"art-demo-muscat-talks",
			"art-demo-water-conference",
		]);
		expect(ids(await json("/v1/articles?section=sport"))).toEqual([]);
		expect(ids(await json("/v1/articles?tag=synthetic&limit=100"))).toHaveLength(published.length - 1);
		expect(ids(await json("/v1/articles?tag=g20"))).toEqual(one);
		expect(ids(await json("/v1/articles?tag=sport"))).toEqual([]);
		expect(ids(await json("/v1/articles?diplomat=joe-biden"))).toEqual(one);
		expect(ids(await json("/v1/articles?meeting=mtg-suga-biden-2021-01"))).toEqual(one);
		expect(ids(await json("/v1/articles?from=2021-06-01&to=2021-07-31"))).toEqual(one);
		expect(ids(await json("/v1/articles?from=2021-07-01&to=2025-12-31"))).toEqual([]);
		expect(ids(await json("/v1/articles?q=Matera"))).toEqual(one);
		expect(ids(await json("/v1/articles?q=Matera&section=middle-east"))).toEqual([]);
		expect(ids(await json("/v1/articles?q=zyzzyva"))).toEqual([]);
	});

	it("serves one article by slug with a version ETag", async () => {
		const response = await fetch(`/v1/articles/${SLUG}`);
		expect(response.status).toBe(200);
		expect(response.headers.get("etag")).toBe(`"${materaArticle.id}:v1"`);
		const article = await jsonOf(response);
		expect(article.headline).toBe(materaArticle.headline);
		expect(article.body).toEqual(materaArticle.body);
	});

	it("finds diplomats by country and by any form of their name", async () => {
		expect(ids(await json("/v1/diplomats?country=JP"))).toEqual([
			"motegi-toshimitsu",
			"ogata-haruna",
			"suga-yoshihide",
		]);
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
		} while (cursor !== null && pages < 20);
		expect(seen.sort()).toEqual(demoRecords.diplomats.map((diplomat) => diplomat.id).sort());
	});

	it("searches articles, diplomats and meetings at once", async () => {
		const results = await json("/v1/search?q=Motegi");
		expect(results.articles.map((hit: { article: { id: string } }) => hit.article.id)).toEqual([
			materaArticle.id,
		]);
		expect(results.diplomats.map((diplomat: { id: string }) => diplomat.id)).toEqual(["motegi-toshimitsu"]);
		expect(results.meetings.map((meeting: { id: string }) => meeting.id).sort()).toEqual(MATERA_MEETINGS);
		const problem = await problemOf(await fetch("/v1/search"));
		expect(problem.status).toBe(400);
		expect(problem.errors[0]?.parameter).toBe("q");
	});

	it("lists sections", async () => {
		expect((await json("/v1/sections")).items).toEqual([
			{ slug: "africa", name: "Africa" },
			{ slug: "asia", name: "Asia" },
			{ slug: "europe", name: "Europe" },
			{ slug: "japan", name: "Japan" },
			{ slug: "middle-east", name: "Middle East" },
		]);
	});

	it("answers conditional GETs with 304 and sends cache headers for CDNs", async () => {
		for (const path of [
			`/v1/articles/${SLUG}`,
			"/v1/meetings?diplomat=motegi-toshimitsu",
			"/v1/occasions/g20-fmm-matera-2021",
			"/v1/sections",
		]) {
			const first = await fetch(path);
			const etag = first.headers.get("etag");
			expect(etag, path).toMatch(/^"[^"]+"$/);
			expect(first.headers.get("cache-control")).toBe(
				"public, max-age=60, s-maxage=300, stale-while-revalidate=600",
			);
			const again = await fetch(path, { headers: { "if-none-match": etag as string } });
			expect(again.status, path).toBe(304);
			expect(again.headers.get("etag")).toBe(etag);
			expect(await again.text()).toBe("");
			const other = await fetch(path, { headers: { "if-none-match": '"something-else"' } });
			expect(other.status).toBe(200);
			expect(first.headers.get("etag")).toBe(other.headers.get("etag"));
		}
	});

	it("answers bad reads with problem+json: 400, 404, 405", async () => {
		const tooMany = await problemOf(await fetch("/v1/articles?limit=101"));
		expect(tooMany.status).toBe(400);
		expect(tooMany.errors).toEqual([expect.objectContaining({ parameter: "limit" })]);
		expect((await problemOf(await fetch("/v1/meetings?format=teleport"))).status).toBe(400);
		expect((await problemOf(await fetch("/v1/meetings?from=29-06-2021"))).status).toBe(400);
		expect((await problemOf(await fetch("/v1/diplomats?cursor=not-a-cursor"))).status).toBe(400);
		expect((await problemOf(await fetch("/v1/articles/no-such-article"))).status).toBe(404);
		expect((await problemOf(await fetch("/v1/articles/Not_A_Slug"))).status).toBe(404);
		expect((await problemOf(await fetch("/v1/diplomats/nobody"))).status).toBe(404);
		expect((await problemOf(await fetch("/v1/nothing-here"))).status).toBe(404);
		const wrongMethod = await fetch("/v1/sections", { method: "DELETE" });
		expect((await problemOf(wrongMethod)).status).toBe(405);
		expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD");
		const put = await fetch("/v1/meetings/mtg-suga-biden-2021-01", { method: "PUT", body: "{}" });
		expect(put.status).toBe(405);
		expect(put.headers.get("allow")).toBe("DELETE, GET, HEAD, PATCH");
	});
}
