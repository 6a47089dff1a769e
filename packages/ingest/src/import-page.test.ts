import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PageParseError } from "@sidelines/extract";
import { materaPage } from "@sidelines/extract/fixtures";
import { ConflictError, openStore, type SqlStore } from "@sidelines/store";
import { createPostgresDatabase } from "@sidelines/store/testing";
import { afterAll, describe, expect, inject, it } from "vitest";
import { importPage } from "./import-page.js";

const folder = mkdtempSync(join(tmpdir(), "sidelines-ingest-"));
const stores: SqlStore[] = [];
let counter = 0;

afterAll(async () => {
	await Promise.all(stores.map((store) => store.close()));
	rmSync(folder, { recursive: true, force: true });
});

const engines = [
	["sqlite", () => ({ sqlitePath: join(folder, `${++counter}.db`) })],
	["postgres", async () => ({ databaseUrl: await createPostgresDatabase(inject("postgresUrl")) })],
] as const;

async function counts(store: SqlStore) {
	const all = async <T>(list: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>) => {
		const items: T[] = [];
		let cursor: string | undefined;
		do {
			const page = await list(cursor);
			items.push(...page.items);
			cursor = page.nextCursor ?? undefined;
		} while (cursor);
		return items.length;
	};
	return {
		articles: await all((cursor) => store.articles.list({ cursor, limit: 100 })),
		diplomats: await all((cursor) => store.diplomats.list({ cursor, limit: 100 })),
		proposed: await all((cursor) => store.meetings.list({ cursor, limit: 100, review: "proposed" })),
		confirmed: await all((cursor) => store.meetings.list({ cursor, limit: 100, review: "confirmed" })),
	};
}

describe.each(engines)("importPage on %s", (_, location) => {
	const open = async (demo: boolean) => {
		const store = await openStore({ ...(await location()), demo });
		stores.push(store);
		return store;
	};

	it("files the Matera page in an empty database as a draft with four proposed meetings and six new diplomats", async () => {
		const store = await open(false);
		const result = await importPage(store, materaPage);
		expect(result.article.status).toBe("draft");
		expect(result.article.publishedAt).toBe("2021-06-30T06:06:02+09:00");
		expect(result.meetings.map(({ merged }) => merged)).toEqual([false, false, false, false]);
		expect(result.newDiplomats.map((diplomat) => diplomat.name.family).sort()).toEqual(
			["Biden", "Blinken", "Di Maio", "Motegi", "Raab", "Suga"].sort(),
		);
		expect(result.article.mentions.meetings).toHaveLength(4);
		expect(await counts(store)).toEqual({ articles: 1, diplomats: 6, proposed: 4, confirmed: 0 });
		const suga = result.newDiplomats.find((diplomat) => diplomat.name.family === "Suga");
		expect(suga?.country).toBe("JP");
		const proposals = await store.meetings.list({ review: "proposed", limit: 100 });
		const sugaBiden = proposals.items.find((meeting) => meeting.format === "phone");
		expect(sugaBiden?.date).toEqual({ year: 2021, month: 1, qualifier: "late", precision: "month" });
		expect(sugaBiden?.sources[0]?.articleId).toBe(result.article.id);
	});

	it("attaches the Matera page's reports to the demo meetings as second sources instead of duplicating them", async () => {
		const store = await open(true);
		const before = await counts(store);
		const result = await importPage(store, materaPage);
		expect(result.meetings.map(({ merged }) => merged)).toEqual([true, true, true, true]);
		expect(result.newDiplomats).toEqual([]);
		for (const { meeting } of result.meetings) {
			expect(meeting.review).toBe("confirmed");
			expect(meeting.sources.map((source) => source.articleId)).toContain(result.article.id);
			expect(meeting.sources).toHaveLength(2);
		}
		expect(await counts(store)).toEqual({ ...before, articles: before.articles + 1 });
	});

	it("says why it skipped a proposal: a participant whose nationality the text does not give", async () => {
		const store = await open(false);
		const raw = [
			"Fisheries talks in Oslo",
			"",
			"Prime Minister Tomas Ardevol held talks with Norwegian Foreign Minister Ingrid Solberg in Oslo on Tuesday.",
			"",
			"The two sides discussed fishing quotas in the Barents Sea.",
		].join("\n");
		const result = await importPage(store, raw, { published: "2024-03-15" });
		expect(result.meetings).toHaveLength(0);
		expect(result.skipped.map(({ reason }) => reason)).toEqual([
			"the text gives no country for Tomas Ardevol",
		]);
		expect(result.warnings).toEqual([
			"Tomas Ardevol: nationality not found",
			"the text gives no country for Tomas Ardevol",
		]);
	});

	it("refuses a page imported before and writes nothing", async () => {
		const store = await open(false);
		await importPage(store, materaPage);
		const before = await counts(store);
		await expect(importPage(store, materaPage)).rejects.toBeInstanceOf(ConflictError);
		expect(await counts(store)).toEqual(before);
	});

	it.each([
		["empty", ""],
		["binary", "\u0000\u0001\u0002PNG\u0000".repeat(200)],
		[
			"a page in another language",
			"外務大臣会談\n2021年6月30日\n\n茂木外務大臣はマテーラでブリンケン国務長官と会談した。".repeat(5),
		],
	])("refuses %s input with a PageParseError and writes nothing", async (_, raw) => {
		const store = await open(false);
		await expect(importPage(store, raw)).rejects.toBeInstanceOf(PageParseError);
		expect(await counts(store)).toEqual({ articles: 0, diplomats: 0, proposed: 0, confirmed: 0 });
	});
});
