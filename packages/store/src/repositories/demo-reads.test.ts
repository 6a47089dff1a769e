import { demoRecords, materaArticle, materaDiplomats, SYNTHETIC_TAG } from "@sidelines/domain/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../test/engines.js";
import type { SqlStore } from "../create-store.js";

describe.each(engines)("reads over the demo data on $name", (engine) => {
	let store: SqlStore;
	beforeAll(async () => {
		store = await engine.open({ demo: true });
	});

	it("returns every demo record unchanged", async () => {
		for (const article of demoRecords.articles) {
			expect(await store.articles.get(article.id)).toEqual(article);
			expect(await store.articles.getBySlug(article.slug)).toEqual(article);
			expect(await store.articles.getByShortCode(article.shortCode)).toEqual(article);
		}
		for (const diplomat of demoRecords.diplomats)
			expect(await store.diplomats.get(diplomat.id)).toEqual(diplomat);
		for (const meeting of demoRecords.meetings) expect(await store.meetings.get(meeting.id)).toEqual(meeting);
		for (const occasion of demoRecords.occasions)
			expect(await store.occasions.get(occasion.id)).toEqual(occasion);
		expect((await store.sections.list()).map((section) => section.slug)).toEqual([
			"africa",
			"asia",
			"europe",
			"japan",
			"middle-east",
		]);
	});

	it("loads the demo records exactly once", async () => {
		const { loadDemoData } = await import("../demo-data.js");
		expect(await loadDemoData(store)).toBe(false);
		expect((await store.meetings.list({ limit: 100 })).items).toHaveLength(demoRecords.meetings.length);
		expect((await store.articles.list({ limit: 100 })).items).toHaveLength(demoRecords.articles.length);
	});

	it("lists Motegi's meetings: the three in Matera", async () => {
		const page = await store.meetings.list({ diplomat: "motegi-toshimitsu" });
		expect(page.items.map((m) => m.id).sort()).toEqual([
			"mtg-blinken-motegi-2021-06-29",
			"mtg-motegi-di-maio-2021-06-29",
			"mtg-motegi-raab-2021-06-29",
		]);
		expect(page.nextCursor).toBeNull();
	});

	it("orders meetings by date, newest first, undated last", async () => {
		const ids = (await store.meetings.list({ limit: 100 })).items.map((m) => m.id);
		expect(ids.slice(0, 3)).toEqual([
			"mtg-al-hinai-oberreiter-2027-01-20",
			"mtg-al-hinai-haddad-2027-01-19",
			"mtg-kesavan-ogata-2026-12",
		]);
		expect(ids.slice(-4, -2)).toEqual(["mtg-blinken-motegi-2021-06-29", "mtg-suga-biden-2021-01"]);
		expect(ids.slice(-2).sort()).toEqual(["mtg-motegi-di-maio-2021-06-29", "mtg-motegi-raab-2021-06-29"]);
	});

	it("filters meetings by country, occasion, format and date range", async () => {
		const ids = async (filter: Parameters<SqlStore["meetings"]["list"]>[0]) =>
			(await store.meetings.list(filter)).items.map((m) => m.id).sort();
		expect(await ids({ country: "IT" })).toEqual(["mtg-motegi-di-maio-2021-06-29"]);
		expect(await ids({ country: "GB" })).toEqual([
			"mtg-al-hinai-mowbray-2026-11-18",
			"mtg-kesavan-mowbray-2026-10-28",
			"mtg-lindtveit-mowbray-2026-09-22",
			"mtg-motegi-raab-2021-06-29",
			"mtg-mowbray-oberreiter-2026-09-22",
			"mtg-mowbray-ogata-2026-11",
			"mtg-mowbray-tremblay-ross-2026-09-22",
		]);
		expect(await ids({ country: "US" })).toEqual(["mtg-blinken-motegi-2021-06-29", "mtg-suga-biden-2021-01"]);
		expect(await ids({ occasion: "g20-fmm-matera-2021" })).toHaveLength(3);
		expect(await ids({ format: "phone" })).toEqual([
			"mtg-al-hinai-caldeira-prates-2026-10",
			"mtg-caldeira-prates-otieno-2026-11-24",
			"mtg-kesavan-mowbray-2026-10-28",
			"mtg-suga-biden-2021-01",
		]);
		expect(await ids({ format: "video" })).toEqual(["mtg-mowbray-ogata-2026-11", "mtg-otieno-eu-2026-11-05"]);
		expect(await ids({ country: "EU" })).toEqual(["mtg-otieno-eu-2026-11-05"]);
		expect(await ids({ status: "planned" })).toEqual([
			"mtg-al-hinai-haddad-2027-01-19",
			"mtg-al-hinai-oberreiter-2027-01-20",
			"mtg-kesavan-ogata-2026-12",
		]);
		expect(await ids({ status: "cancelled" })).toEqual(["mtg-lindtveit-oberreiter-2026-11"]);
		// Early November is 1-10 November: the video call falls in a range that overlaps it.
		expect(await ids({ from: "2026-11-08", to: "2026-11-12", diplomat: "ogata-haruna" })).toEqual([
			"mtg-mowbray-ogata-2026-11",
		]);
		// Suga and Biden spoke by phone in late January 2021: the date range is 21-31 January.
		expect(await ids({ from: "2021-01-25", to: "2021-01-28" })).toEqual(["mtg-suga-biden-2021-01"]);
		expect(await ids({ from: "2021-01-01", to: "2021-01-20" })).toEqual([]);
		expect(await ids({ review: "proposed" })).toEqual([]);
	});

	it("counts Blinken's counterparts: Motegi, once", async () => {
		const counterparts = await store.diplomats.counterparts("antony-blinken");
		expect(counterparts).toEqual([
			{
				counterpart: "motegi-toshimitsu",
				diplomat: { id: "motegi-toshimitsu", name: materaDiplomats[1]?.name, country: "JP" },
				meetings: 1,
				first: "2021-06-29",
				last: "2021-06-29",
			},
		]);
		const motegi = await store.diplomats.counterparts("motegi-toshimitsu");
		expect(motegi.map((c) => c.counterpart).sort()).toEqual([
			"antony-blinken",
			"dominic-raab",
			"luigi-di-maio",
		]);
	});

	it("builds the Colombo matrix: five parties, nine of the ten pairs, one meeting of three", async () => {
		const matrix = await store.occasions.matrix("ports-dialogue-colombo-2026");
		expect(matrix?.parties).toHaveLength(5);
		expect(matrix?.pairs).toHaveLength(9);
		expect(
			matrix?.pairs.find((pair) => pair.a === "achieng-otieno" && pair.b === "rosalind-tapsell"),
		).toEqual({
			a: "achieng-otieno",
			b: "rosalind-tapsell",
			meetings: ["mtg-otieno-tapsell-wickramaratne-2026-10-14"],
		});
		// Planned meetings are not in the matrix of who met whom.
		expect((await store.occasions.matrix("water-security-muscat-2027"))?.pairs).toEqual([]);
	});

	it("builds the Matera matrix: three pairs, all with Motegi", async () => {
		const matrix = await store.occasions.matrix("g20-fmm-matera-2021");
		expect(matrix?.pairs).toEqual([
			{ a: "antony-blinken", b: "motegi-toshimitsu", meetings: ["mtg-blinken-motegi-2021-06-29"] },
			{ a: "dominic-raab", b: "motegi-toshimitsu", meetings: ["mtg-motegi-raab-2021-06-29"] },
			{ a: "luigi-di-maio", b: "motegi-toshimitsu", meetings: ["mtg-motegi-di-maio-2021-06-29"] },
		]);
		expect(matrix?.parties).toHaveLength(4);
		expect(
			await store.occasions.getBySlug("g20-foreign-and-development-ministers-matera-2021"),
		).toMatchObject({ id: "g20-fmm-matera-2021" });
	});

	it("finds diplomats by any name form, alias or native script", async () => {
		const find = async (q: string) => (await store.diplomats.list({ q })).items.map((d) => d.id);
		expect(await find("motegi")).toEqual(["motegi-toshimitsu"]);
		expect(await find("MOTEGI Toshimitsu")).toEqual(["motegi-toshimitsu"]);
		expect(await find("茂木")).toEqual(["motegi-toshimitsu"]);
		expect(await find("Tony Blinken")).toEqual(["antony-blinken"]);
		expect(await find("maio")).toEqual(["luigi-di-maio"]);
		expect(await find("Joseph R")).toEqual(["joe-biden"]);
		expect(await find("緒方")).toEqual(["ogata-haruna"]);
		expect(await find("윤다혜")).toEqual(["yoon-dahye"]);
		expect(await find("Elodie")).toEqual(["elodie-tremblay-ross"]);
		expect(await find("nobody")).toEqual([]);
	});

	it("lists diplomats by family name and filters by country", async () => {
		expect((await store.diplomats.list({ limit: 100 })).items.map((d) => d.name.family)).toEqual([
			"Al-Hinai",
			"Biden",
			"Blinken",
			"Caldeira Prates",
			"Di Maio",
			"Haddad",
			"Kesavan",
			"Lindtveit",
			"Motegi",
			"Mowbray",
			"Oberreiter",
			"Ogata",
			"Otieno",
			"Raab",
			"Suga",
			"Tapsell",
			"Tremblay-Ross",
			"Wickramaratne",
			"Yoon",
		]);
		expect((await store.diplomats.list({ country: "JP" })).items.map((d) => d.id)).toEqual([
			"motegi-toshimitsu",
			"ogata-haruna",
			"suga-yoshihide",
		]);
	});

	it("filters articles by section, tag, mention and time", async () => {
		const ids = async (filter: Parameters<SqlStore["articles"]["list"]>[0]) =>
			(await store.articles.list(filter)).items.map((a) => a.id);
		expect(await ids({ section: "japan" })).toEqual([
			"art-demo-ogata-in-seoul",
			"art-demo-ogata-mowbray-video",
			"art-demo-ogata-after-colombo",
			materaArticle.id,
		]);
		expect(await ids({ tag: SYNTHETIC_TAG, status: "published" })).toHaveLength(12);
		expect(await ids({ tag: "g20" })).toEqual([materaArticle.id]);
		expect(await ids({ tag: "climate" })).toEqual([]);
		expect(await ids({ diplomat: "dominic-raab" })).toEqual([materaArticle.id]);
		expect(await ids({ meeting: "mtg-suga-biden-2021-01" })).toEqual([materaArticle.id]);
		// Published 06:06 on 30 June in Tokyo, which is still 29 June in UTC.
		expect(await ids({ from: "2021-06-29", to: "2021-06-29" })).toEqual([materaArticle.id]);
		expect(await ids({ from: "2021-06-30T00:00:00+09:00", to: "2021-06-30T06:06:02+09:00" })).toEqual([
			materaArticle.id,
		]);
		expect(await ids({ from: "2021-07-01", to: "2026-01-01" })).toEqual([]);
		expect(await ids({ status: "draft" })).toEqual(["art-demo-ocean-finance-draft"]);
	});

	it("searches the article text", async () => {
		const hits = await store.articles.search("Matera talks");
		expect(hits.items.map((hit) => hit.article.id)).toEqual([materaArticle.id]);
		expect(hits.items[0]?.rank).toBeGreaterThan(0);
		expect(hits.items[0]?.snippet.length).toBeGreaterThan(0);
		expect((await store.articles.search("telephone")).items).toHaveLength(1);
		expect((await store.articles.search("nonexistentword")).items).toHaveLength(0);
		expect((await store.articles.search("desalination")).items.map((hit) => hit.article.id).sort()).toEqual([
			"art-demo-muscat-talks",
			"art-demo-water-conference",
		]);
		// Only the draft speaks of marine protected areas, and drafts are not searchable.
		expect((await store.articles.search("protected areas")).items).toHaveLength(0);
	});
});
