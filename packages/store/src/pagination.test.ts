import { beforeAll, describe, expect, it } from "vitest";
import { engines } from "../test/engines.js";
import type { SqlStore } from "./create-store.js";
import { InvalidQueryError } from "./errors.js";
import { generateSynthetic } from "./testing/synthetic.js";

const data = generateSynthetic({ seed: 7, articles: 230, diplomats: 120, meetings: 260 });

async function collect<T extends { id: string }>(
	fetch: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>,
) {
	const ids: string[] = [];
	let cursor: string | undefined;
	let pages = 0;
	do {
		const page = await fetch(cursor);
		ids.push(...page.items.map((item) => item.id));
		cursor = page.nextCursor ?? undefined;
		pages += 1;
	} while (cursor !== undefined);
	return { ids, pages };
}

describe.each(engines)("pagination on $name", (engine) => {
	let store: SqlStore;
	beforeAll(async () => {
		store = await engine.open();
		await store.bulkInsert(data);
	});

	it("walks every article once, newest first, with no gaps", async () => {
		const { ids, pages } = await collect((cursor) => store.articles.list({ cursor, limit: 17 }));
		const expected = [...data.articles]
			.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? 1 : -1))
			.map((a) => a.id);
		expect(ids).toEqual(expected);
		expect(pages).toBe(Math.ceil(230 / 17));
	});

	it("walks filtered articles once", async () => {
		const { ids } = await collect((cursor) =>
			store.articles.list({ cursor, limit: 7, section: "asia", status: "published" }),
		);
		const expected = data.articles.filter((a) => a.section === "asia" && a.status === "published");
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.sort()).toEqual(expected.map((a) => a.id).sort());
	});

	it("walks a tag's articles once, newest first, alone and beside other filters", async () => {
		const newestFirst = [...data.articles].sort(
			(a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? 1 : -1),
		);
		const counts = new Map<string, number>();
		for (const a of data.articles) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
		const tag = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
		const tagged = newestFirst.filter((a) => a.tags.includes(tag));
		expect(tagged.length).toBeGreaterThan(7);
		expect((await collect((cursor) => store.articles.list({ cursor, limit: 3, tag }))).ids).toEqual(
			tagged.map((a) => a.id),
		);
		const from = tagged[Math.floor(tagged.length / 2)]?.publishedAt.slice(0, 10) as string;
		const narrowed = tagged.filter(
			(a) =>
				a.status === "published" &&
				a.section === "asia" &&
				Date.parse(a.publishedAt) >= Date.parse(`${from}T00:00:00Z`),
		);
		const filters = { tag, status: "published", section: "asia", from } as const;
		expect((await collect((cursor) => store.articles.list({ cursor, limit: 2, ...filters }))).ids).toEqual(
			narrowed.map((a) => a.id),
		);
		const diplomat = tagged.find((a) => a.mentions.diplomats.length > 0)?.mentions.diplomats[0] as string;
		expect((await store.articles.list({ tag, diplomat })).items.map((a) => a.id)).toEqual(
			tagged.filter((a) => a.mentions.diplomats.includes(diplomat)).map((a) => a.id),
		);
	});

	it("walks every confirmed meeting once, dated newest first and undated last", async () => {
		const { ids } = await collect((cursor) => store.meetings.list({ cursor, limit: 13 }));
		const confirmed = data.meetings.filter((m) => m.review === "confirmed");
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.sort()).toEqual(confirmed.map((m) => m.id).sort());
		const page = await store.meetings.list({ limit: 100 });
		const starts = page.items.map((m) =>
			m.date ? `${m.date.year}-${String(m.date.month).padStart(2, "0")}` : "",
		);
		expect(starts).toEqual([...starts].sort().reverse());
	});

	it("walks a diplomat's meetings once", async () => {
		const diplomat = "syn-dip-3";
		const { ids } = await collect((cursor) =>
			store.meetings.list({ cursor, limit: 2, diplomat, review: "confirmed" }),
		);
		const expected = data.meetings.filter(
			(m) =>
				m.review === "confirmed" &&
				m.participants.some((p) => p.kind === "diplomat" && p.diplomatId === diplomat),
		);
		expect(ids.sort()).toEqual(expected.map((m) => m.id).sort());
	});

	it("walks a country's meetings of one format once, newest first", async () => {
		const countryOf = new Map(data.diplomats.map((d) => [d.id, d.country]));
		const perCountry = new Map<string, number>();
		for (const m of data.meetings)
			for (const p of m.participants)
				if (p.kind === "diplomat") {
					const country = countryOf.get(p.diplomatId) as string;
					perCountry.set(country, (perCountry.get(country) ?? 0) + 1);
				}
		const country = [...perCountry].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
		const theirs = data.meetings.filter(
			(m) =>
				m.review === "confirmed" &&
				m.format === "phone" &&
				m.participants.some((p) =>
					p.kind === "diplomat" ? countryOf.get(p.diplomatId) === country : p.country === country,
				),
		);
		expect(theirs.length).toBeGreaterThan(3);
		const { ids } = await collect((cursor) =>
			store.meetings.list({ cursor, limit: 3, country, format: "phone" }),
		);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual(theirs.map((m) => m.id).sort());
		// Pages of 3 follow one another in the order of a single page of all of them.
		const whole = await store.meetings.list({ country, format: "phone", limit: 100 });
		expect(whole.items.map((m) => m.id)).toEqual(ids);
	});

	it("walks every diplomat once in family-name order", async () => {
		const { ids } = await collect((cursor) => store.diplomats.list({ cursor, limit: 11 }));
		expect(ids).toHaveLength(120);
		expect(new Set(ids).size).toBe(120);
		const first = await store.diplomats.list({ limit: 100 });
		const families = first.items.map((d) => d.name.family.toLowerCase());
		expect(families).toEqual([...families].sort());
	});

	it("rejects a limit above 100 or below 1 and a cursor it did not issue", async () => {
		await expect(store.articles.list({ limit: 101 })).rejects.toThrow(InvalidQueryError);
		await expect(store.meetings.list({ limit: 0 })).rejects.toThrow(
			/limit must be a whole number from 1 to 100/,
		);
		await expect(store.diplomats.list({ limit: 2.5 })).rejects.toThrow(InvalidQueryError);
		await expect(store.articles.list({ cursor: "not a cursor" })).rejects.toThrow(InvalidQueryError);
		await expect(
			store.meetings.list({ cursor: Buffer.from('{"a":1}').toString("base64url") }),
		).rejects.toThrow(InvalidQueryError);
		await expect(store.articles.search("said", { limit: 101 })).rejects.toThrow(InvalidQueryError);
		expect((await store.articles.list({ limit: 100 })).items).toHaveLength(100);
		expect((await store.articles.list()).items).toHaveLength(20);
	});

	it("pages through search results without repeats", async () => {
		const { ids } = await collect(async (cursor) => {
			const page = await store.articles.search("said", { cursor, limit: 9 });
			return { items: page.items.map((hit) => hit.article), nextCursor: page.nextCursor };
		});
		expect(ids.length).toBeGreaterThan(9);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
