import { materaArticle, materaDiplomats, materaMeetings } from "@sidelines/domain/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../test/engines.js";
import type { SqlStore } from "../create-store.js";

describe.each(engines)("reads over the demo data on $name", (engine) => {
	let store: SqlStore;
	beforeAll(async () => {
		store = await engine.open({ demo: true });
	});

	it("returns the fixtures unchanged", async () => {
		expect(await store.articles.get(materaArticle.id)).toEqual(materaArticle);
		expect(await store.articles.getBySlug(materaArticle.slug)).toEqual(materaArticle);
		expect(await store.articles.getByShortCode(materaArticle.shortCode)).toEqual(materaArticle);
		for (const diplomat of materaDiplomats) expect(await store.diplomats.get(diplomat.id)).toEqual(diplomat);
		for (const meeting of materaMeetings) expect(await store.meetings.get(meeting.id)).toEqual(meeting);
		expect(await store.sections.list()).toEqual([{ slug: "japan", name: "Japan" }]);
	});

	it("loads the demo records exactly once", async () => {
		const { loadDemoData } = await import("../demo-data.js");
		expect(await loadDemoData(store)).toBe(false);
		expect((await store.meetings.list({ limit: 100 })).items).toHaveLength(4);
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
		const ids = (await store.meetings.list()).items.map((m) => m.id);
		expect(ids[0]).toBe("mtg-blinken-motegi-2021-06-29");
		expect(ids[1]).toBe("mtg-suga-biden-2021-01");
		expect(ids.slice(2).sort()).toEqual(["mtg-motegi-di-maio-2021-06-29", "mtg-motegi-raab-2021-06-29"]);
	});

	it("filters meetings by country, occasion, format and date range", async () => {
		const ids = async (filter: Parameters<SqlStore["meetings"]["list"]>[0]) =>
			(await store.meetings.list(filter)).items.map((m) => m.id).sort();
		expect(await ids({ country: "GB" })).toEqual(["mtg-motegi-raab-2021-06-29"]);
		expect(await ids({ country: "US" })).toEqual(["mtg-blinken-motegi-2021-06-29", "mtg-suga-biden-2021-01"]);
		expect(await ids({ occasion: "g20-fmm-matera-2021" })).toHaveLength(3);
		expect(await ids({ format: "phone" })).toEqual(["mtg-suga-biden-2021-01"]);
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
		expect(await find("nobody")).toEqual([]);
	});

	it("lists diplomats by family name and filters by country", async () => {
		expect((await store.diplomats.list()).items.map((d) => d.name.family)).toEqual([
			"Biden",
			"Blinken",
			"Di Maio",
			"Motegi",
			"Raab",
			"Suga",
		]);
		expect((await store.diplomats.list({ country: "JP" })).items.map((d) => d.id)).toEqual([
			"motegi-toshimitsu",
			"suga-yoshihide",
		]);
	});

	it("filters articles by section, tag, mention and time", async () => {
		const ids = async (filter: Parameters<SqlStore["articles"]["list"]>[0]) =>
			(await store.articles.list(filter)).items.map((a) => a.id);
		expect(await ids({ section: "japan" })).toEqual([materaArticle.id]);
		expect(await ids({ tag: "g20" })).toEqual([materaArticle.id]);
		expect(await ids({ tag: "climate" })).toEqual([]);
		expect(await ids({ diplomat: "dominic-raab" })).toEqual([materaArticle.id]);
		expect(await ids({ meeting: "mtg-suga-biden-2021-01" })).toEqual([materaArticle.id]);
		// Published 06:06 on 30 June in Tokyo, which is still 29 June in UTC.
		expect(await ids({ from: "2021-06-29", to: "2021-06-29" })).toEqual([materaArticle.id]);
		expect(await ids({ from: "2021-06-30T00:00:00+09:00", to: "2021-06-30T06:06:02+09:00" })).toEqual([
			materaArticle.id,
		]);
		expect(await ids({ from: "2021-07-01" })).toEqual([]);
		expect(await ids({ status: "draft" })).toEqual([]);
	});

	it("searches the article text", async () => {
		const hits = await store.articles.search("Matera talks");
		expect(hits.items.map((hit) => hit.article.id)).toEqual([materaArticle.id]);
		expect(hits.items[0]?.rank).toBeGreaterThan(0);
		expect(hits.items[0]?.snippet.length).toBeGreaterThan(0);
		expect((await store.articles.search("telephone")).items).toHaveLength(1);
		expect((await store.articles.search("nonexistentword")).items).toHaveLength(0);
	});
});
