import { PassThrough, Readable } from "node:stream";
import { demoRecords } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { engines } from "../../test/engines.js";
import type { SqlStore } from "../create-store.js";
import { DumpError } from "../errors.js";
import { migrations } from "../migrations/index.js";
import { generateSynthetic } from "../testing/synthetic.js";
import { exportDump } from "./export-dump.js";
import { importDump } from "./import-dump.js";

const [sqlite, postgres] = engines as [(typeof engines)[0], (typeof engines)[0]];

async function dumpOf(store: SqlStore): Promise<{ text: string; chunks: number }> {
	const out = new PassThrough();
	const chunks: Buffer[] = [];
	out.on("data", (chunk: Buffer) => chunks.push(chunk));
	await exportDump(store, out);
	out.end();
	return { text: Buffer.concat(chunks).toString("utf8"), chunks: chunks.length };
}

async function richStore(): Promise<SqlStore> {
	const store = await sqlite.open({ demo: true });
	const synthetic = generateSynthetic({
		seed: 11,
		articles: 700,
		diplomats: 40,
		meetings: 120,
		firstSerial: demoRecords.articles.length + 1,
	});
	// The demo already has some of the generator's sections (Asia, Europe).
	const demoSections = new Set(demoRecords.sections.map((section) => section.slug));
	await store.bulkInsert({
		...synthetic,
		sections: synthetic.sections.filter((section) => !demoSections.has(section.slug)),
	});
	await store.sections.upsert({ slug: "tokyo", name: "Tokyo 東京 🗼", parent: "asia" });
	const extra = await store.articles.create({
		headline: "Zoë's RTL test: مباحثات",
		section: "tokyo",
		publishedAt: "2024-02-29T23:59:59-11:00",
		zone: "Pacific/Pago_Pago",
		body: [{ type: "quote", text: 'Quote with \\ backslash and "quotes" 茂木', speaker: "Someone" }],
		status: "published",
	});
	await store.articles.delete(extra.id, 1);
	await store.articles.recordView("art-motegi-blinken-matera", new Date("2024-01-01T00:00:00Z"));
	await store.apiKeys.create({ name: "lead", scopes: ["admin", "write"] });
	await store.idempotency.put({
		key: "k",
		principal: "p",
		requestHash: "h",
		status: 201,
		headers: { etag: '"1"' },
		body: "{}",
		createdAt: "2024-01-01T00:00:00.000Z",
	});
	return store;
}

describe("export and import of dumps", () => {
	it("round-trips SQLite -> PostgreSQL -> SQLite without loss", async () => {
		const original = await richStore();
		const first = await dumpOf(original);
		expect(first.chunks).toBeGreaterThan(100);
		const header = JSON.parse(first.text);
		expect(header).toMatchObject({
			format: "sidelines-dump",
			version: 1,
			schema: migrations.at(-1)?.name,
		});
		expect(header.tables.articles).toHaveLength(700 + demoRecords.articles.length);

		const onPostgres = await postgres.open();
		const counts = await importDump(onPostgres, Readable.from([first.text]));
		expect(counts).toMatchObject({
			articles: 700 + demoRecords.articles.length,
			diplomats: 40 + demoRecords.diplomats.length,
			meetings: 120 + demoRecords.meetings.length,
			apiKeys: 1,
			idempotency: 1,
			articleViews: 1,
		});
		const second = await dumpOf(onPostgres);
		expect(second.text).toBe(first.text);

		const back = await sqlite.open();
		await importDump(back, Readable.from([second.text]));
		expect((await dumpOf(back)).text).toBe(first.text);

		// Derived tables are rebuilt: search, filters and serials keep working after import.
		expect((await onPostgres.articles.search("Matera")).items[0]?.article.id).toBe(
			"art-motegi-blinken-matera",
		);
		expect((await back.meetings.list({ diplomat: "motegi-toshimitsu" })).items).toHaveLength(3);
		const next = await onPostgres.articles.create({
			headline: "After import",
			section: "japan",
			publishedAt: "2025-01-01T00:00:00Z",
			zone: "UTC",
			body: [{ type: "paragraph", text: "New." }],
		});
		expect(next.shortCode).not.toBe((await original.articles.list({ limit: 1 })).items[0]?.shortCode);
		// The demo's serials, the 700 synthetic ones, then the article created and deleted in richStore.
		expect(header.articleSerial).toBe(demoRecords.articles.length + 701);
	});

	it.each(engines)("refuses to import into a database that has records ($name)", async (engine) => {
		const source = await sqlite.open({ demo: true });
		const target = await engine.open({ demo: true });
		const { text } = await dumpOf(source);
		await expect(importDump(target, Readable.from([text]))).rejects.toThrow(/not empty/);
	});

	it("refuses input that is not a dump of a known version", async () => {
		const target = await sqlite.open();
		await expect(importDump(target, Readable.from(["{not json"]))).rejects.toThrow(DumpError);
		await expect(importDump(target, Readable.from(['{"format":"other"}']))).rejects.toThrow(
			/not a sidelines dump/,
		);
		await expect(
			importDump(target, Readable.from(['{"format":"sidelines-dump","version":2}'])),
		).rejects.toThrow(/version 2/);
	});

	it("loads nothing when one record is invalid", async () => {
		const source = await sqlite.open({ demo: true });
		const dump = JSON.parse((await dumpOf(source)).text);
		dump.tables.meetings[0].participants = [];
		const target = await postgres.open();
		await expect(importDump(target, Readable.from([JSON.stringify(dump)]))).rejects.toThrow(
			/at least two parties/,
		);
		expect(await target.sections.list()).toEqual([]);
	});
});
