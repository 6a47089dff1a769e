import type { ArticleCreate } from "@sidelines/domain";
import { japanSection } from "@sidelines/domain/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { engines } from "../test/engines.js";
import type { SqlStore } from "./create-store.js";
import { searchTerms } from "./search-terms.js";
import { generateSynthetic } from "./testing/synthetic.js";

const article = (headline: string, text: string, day: number): ArticleCreate => ({
	headline,
	section: "japan",
	publishedAt: `2022-03-${String(day).padStart(2, "0")}T10:00:00+09:00`,
	zone: "Asia/Tokyo",
	body: [{ type: "paragraph", text }],
	status: "published",
});

const stories = [
	article(
		"Iceberg treaty signed by ministers",
		"The iceberg treaty covers iceberg monitoring and iceberg research.",
		1,
	),
	article("Ministers discuss fisheries", "An iceberg was mentioned once in passing.", 2),
	article("Iceberg iceberg planetarium opens", "Observatory staff study the iceberg.", 3),
	article("Tramway plan", "Nothing about ice here, only trams.", 4),
	article("Harbour talks", "The harbour talks touched on an iceberg and the iceberg museum.", 5),
];

describe.each(engines)("full-text search on $name", (engine) => {
	let store: SqlStore;
	beforeAll(async () => {
		store = await engine.open();
		await store.sections.upsert(japanSection);
		for (const story of stories) await store.articles.create(story);
		await store.bulkInsert({
			...generateSynthetic({ seed: 3, articles: 60, diplomats: 10, meetings: 0, firstSerial: 100 }),
			meetings: [],
		});
	});

	it("ranks headline matches first, the same top three on both engines", async () => {
		const hits = await store.articles.search("iceberg");
		expect(hits.items.slice(0, 3).map((hit) => hit.article.headline)).toEqual([
			"Iceberg iceberg planetarium opens",
			"Iceberg treaty signed by ministers",
			"Harbour talks",
		]);
		const ranks = hits.items.map((hit) => hit.rank);
		expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
	});

	it("stems words and needs every term", async () => {
		expect(
			(await store.articles.search("treaties icebergs")).items.map((hit) => hit.article.headline),
		).toEqual(["Iceberg treaty signed by ministers"]);
		expect((await store.articles.search("tramway iceberg")).items).toEqual([]);
	});

	it("supports a trailing * as a prefix", async () => {
		expect((await store.articles.search("planet*")).items.map((hit) => hit.article.headline)).toContain(
			"Iceberg iceberg planetarium opens",
		);
	});

	it.each([
		'"iceberg',
		"iceberg OR 1=1; drop table articles; --",
		"NEAR(iceberg treaty)",
		"iceberg AND NOT",
		"'; select * from articles where ''='",
		"*",
		"(((",
		"a:b c^d -e +f ~g",
		"iceberg\\",
		"&|!:*()",
		"",
	])("never throws on %j", async (q) => {
		await expect(store.articles.search(q)).resolves.toMatchObject({ items: expect.any(Array) });
	});

	it("filters a chronological list by text, together with the other filters", async () => {
		const page = await store.articles.list({ q: "iceberg", section: "japan", limit: 100 });
		expect(page.items.map((item) => item.headline)).toEqual([
			"Harbour talks",
			"Iceberg iceberg planetarium opens",
			"Ministers discuss fisheries",
			"Iceberg treaty signed by ministers",
		]);
		const bounded = await store.articles.list({ q: "iceberg", from: "2022-03-02", to: "2022-03-03" });
		expect(bounded.items.map((item) => item.headline)).toEqual([
			"Iceberg iceberg planetarium opens",
			"Ministers discuss fisheries",
		]);
		expect((await store.articles.list({ q: "'; drop table articles; --" })).items).toEqual([]);
		expect((await store.articles.list({ q: "***" })).items).toEqual([]);
	});

	it("still finds what SQL-looking text asks for", async () => {
		expect(
			(await store.articles.search('"iceberg" treaty')).items.map((hit) => hit.article.headline),
		).toEqual(["Iceberg treaty signed by ministers"]);
	});
});

describe("searchTerms", () => {
	it("keeps letters and digits only", () => {
		expect(searchTerms(`"G20" OR drop;table mat* 茂木`)).toEqual([
			{ text: "g20", prefix: false },
			{ text: "or", prefix: false },
			{ text: "drop", prefix: false },
			{ text: "table", prefix: false },
			{ text: "mat", prefix: true },
			{ text: "茂木", prefix: false },
		]);
	});
});
