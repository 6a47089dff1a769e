import { dayRange, type Meeting } from "@sidelines/domain";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { engineNamed, engines } from "../test/engines.js";
import type { SqlStore } from "./create-store.js";
import { generateSynthetic } from "./testing/synthetic.js";

const data = generateSynthetic({ seed: 5, articles: 40, diplomats: 30, meetings: 300 });
const confirmed = data.meetings.filter((meeting) => meeting.review === "confirmed");
const ids = (meetings: Meeting[]) => meetings.map((meeting) => meeting.id).sort();
const involves = (meeting: Meeting, diplomat: string) =>
	meeting.participants.some((party) => party.kind === "diplomat" && party.diplomatId === diplomat);

// Reads are compiled once per query shape and then only given new values: these check that a compiled read
// never answers with another request's values, another shape's SQL, or outside the transaction it runs in.
describe.each(engines)("compiled reads on $name", (engine) => {
	let store: SqlStore;
	beforeAll(async () => {
		store = await engine.open({ maxConnections: 1 });
		await store.bulkInsert(data);
	});

	it("answers each request of one shape with its own values", async () => {
		for (const format of ["phone", "video", "in_person", "phone"] as const) {
			const page = await store.meetings.list({ format, limit: 100 });
			expect(ids(page.items)).toEqual(ids(confirmed.filter((m) => m.format === format)).slice(0, 100));
		}
		for (const diplomat of ["syn-dip-1", "syn-dip-2", "syn-dip-1"]) {
			const page = await store.meetings.list({ diplomat, limit: 100 });
			expect(ids(page.items)).toEqual(ids(confirmed.filter((m) => involves(m, diplomat))));
		}
		for (const article of data.articles.slice(0, 5)) {
			expect(await store.articles.getBySlug(article.slug)).toEqual(article);
		}
	});

	it("keeps shapes apart: a filter given once is not applied to the next request without it", async () => {
		const phone = await store.meetings.list({ format: "phone", diplomat: "syn-dip-3", limit: 100 });
		expect(phone.items.every((m) => m.format === "phone" && involves(m, "syn-dip-3"))).toBe(true);
		const all = await store.meetings.list({ diplomat: "syn-dip-3", limit: 100 });
		expect(ids(all.items)).toEqual(ids(confirmed.filter((m) => involves(m, "syn-dip-3"))));
		expect(all.items.length).toBeGreaterThan(phone.items.length);
	});

	it("reads the usual page size and any other, each request with its own", async () => {
		expect(confirmed.length).toBeGreaterThan(40);
		for (const limit of [5, undefined, 20, 37, 5]) {
			const meetings = await store.meetings.list({ limit });
			expect(meetings.items).toHaveLength(limit ?? 20);
			expect(meetings.nextCursor).not.toBeNull();
			const diplomats = await store.diplomats.list({ limit });
			expect(diplomats.items).toHaveLength(Math.min(limit ?? 20, data.diplomats.length));
		}
		for (const limit of [1, undefined, 2]) {
			const occasions = await store.occasions.list({ limit });
			expect(occasions.items).toHaveLength(Math.min(limit ?? 20, data.occasions.length));
		}
	});

	it("filters articles by mention, tag and date with each request's values", async () => {
		const published = (filter: (article: (typeof data.articles)[number]) => boolean) =>
			data.articles
				.filter(filter)
				.map((article) => article.id)
				.sort();
		for (const diplomat of ["syn-dip-1", "syn-dip-2"]) {
			const page = await store.articles.list({ diplomat, limit: 100 });
			expect(page.items.map((article) => article.id).sort()).toEqual(
				published((article) => article.mentions.diplomats.includes(diplomat)),
			);
		}
		for (const tag of ["topic-1", "topic-2"]) {
			const page = await store.articles.list({ tag, limit: 100 });
			expect(page.items.map((article) => article.id).sort()).toEqual(
				published((article) => article.tags.includes(tag)),
			);
		}
		const word = (data.articles[3]?.headline.split(" ")[0] ?? "").toLowerCase();
		const withWord = await store.articles.list({ q: word, limit: 100 });
		expect(withWord.items.map((article) => article.id)).toContain(data.articles[3]?.id);
	});

	it("finds meetings in a date range, the bound applied to each request's own dates", async () => {
		for (const [from, to] of [
			["2019-01-01", "2019-06-30"],
			["2022-03-01", "2022-03-31"],
		] as const) {
			const page = await store.meetings.list({ from, to, limit: 100 });
			const expected = confirmed.filter((m) => {
				const range = m.date ? dayRange(m.date) : undefined;
				return range !== undefined && range.end >= from && range.start <= to;
			});
			expect(expected.length).toBeGreaterThan(0);
			expect(ids(page.items)).toEqual(ids(expected));
		}
	});

	it("counts counterparts per diplomat with their records", async () => {
		for (const diplomat of ["syn-dip-4", "syn-dip-5"]) {
			const held = confirmed.filter((m) => m.status === "held" && involves(m, diplomat));
			const counterparts = await store.diplomats.counterparts(diplomat);
			const total = counterparts.reduce((sum, counterpart) => sum + counterpart.meetings, 0);
			expect(total).toBe(held.reduce((sum, m) => sum + m.participants.length - 1, 0));
			const named = counterparts.find((counterpart) => counterpart.diplomat);
			expect(named?.diplomat?.name).toEqual(data.diplomats.find((d) => d.id === named?.counterpart)?.name);
		}
	});

	it("tells public diplomats from the rest and filters diplomats, each request with its own values", async () => {
		const { id: _id, version: _version, ...first } = data.diplomats[0] as (typeof data.diplomats)[number];
		const unmet = await store.diplomats.create({
			...first,
			id: "syn-dip-unmet",
			name: { ...first.name, given: "Unmet" },
		});
		const seen = new Set([
			...confirmed.flatMap((m) =>
				m.participants.flatMap((party) => (party.kind === "diplomat" ? [party.diplomatId] : [])),
			),
			...data.articles.filter((a) => a.status === "published").flatMap((a) => a.mentions.diplomats),
		]);
		const everyone = [...data.diplomats, unmet];
		for (const diplomat of [unmet, ...data.diplomats, unmet])
			expect(await store.diplomats.isPublic(diplomat.id)).toBe(seen.has(diplomat.id));
		expect(seen.has(unmet.id)).toBe(false);

		const listed = async (filter: Parameters<SqlStore["diplomats"]["list"]>[0]) =>
			(await store.diplomats.list({ ...filter, limit: 100 })).items.map((d) => d.id).sort();
		expect(await listed({ public: true })).toEqual(
			everyone
				.filter((d) => seen.has(d.id))
				.map((d) => d.id)
				.sort(),
		);
		for (const country of [first.country, "XX", first.country])
			expect(await listed({ country })).toEqual(
				everyone
					.filter((d) => d.country === country)
					.map((d) => d.id)
					.sort(),
			);
		for (const diplomat of [data.diplomats[3], data.diplomats[4]]) {
			const found = await listed({ q: diplomat?.name.family });
			expect(found).toContain(diplomat?.id);
			expect(found.length).toBeLessThan(everyone.length);
		}
	});

	it("pages occasions and builds each occasion's matrix from its own meetings", async () => {
		const paged: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await store.occasions.list({ limit: 1, cursor });
			paged.push(...page.items.map((o) => o.id));
			cursor = page.nextCursor ?? undefined;
		} while (cursor);
		const newestFirst = [...data.occasions].sort((a, b) =>
			a.start === b.start ? (a.id < b.id ? 1 : -1) : a.start < b.start ? 1 : -1,
		);
		expect(paged).toEqual(newestFirst.map((o) => o.id));
		for (const occasion of [...data.occasions, data.occasions[0]]) {
			const matrix = await store.occasions.matrix(occasion?.id ?? "");
			const held = confirmed.filter((m) => m.occasionId === occasion?.id && m.status === "held");
			expect(held.length).toBeGreaterThan(0);
			expect([...new Set(matrix?.pairs.flatMap((pair) => pair.meetings))].sort()).toEqual(ids(held));
		}
	});

	it("runs on the transaction it is given, and reads what a committed write changed", async () => {
		const article = data.articles[7] as (typeof data.articles)[number];
		// On SQLite's single connection a read on the outer store would wait for the transaction: this ends.
		const inside = await store.transaction(async (trx) => {
			const read = await trx.articles.getBySlug(article.slug);
			await trx.articles.update(article.id, { headline: "Changed in a transaction" }, article.version);
			return read;
		});
		expect(inside).toEqual(article);
		expect((await store.articles.getBySlug(article.slug))?.headline).toBe("Changed in a transaction");
	});
});

describe("compiled reads on PostgreSQL", () => {
	it("are prepared once per connection, as named statements", async () => {
		const store = await engineNamed("postgres").open({ maxConnections: 1 });
		await store.bulkInsert({ ...data, meetings: [] });
		await store.articles.getBySlug("synthetic-article-1");
		await store.articles.getBySlug("synthetic-article-2");
		const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
			store.kysely,
		);
		const bySlug = prepared.rows.filter((row) => row.statement.includes('where "slug" = $1'));
		expect(bySlug).toHaveLength(1);
		expect(await store.articles.getBySlug("synthetic-article-2")).toEqual(data.articles[2]);
	});
});
