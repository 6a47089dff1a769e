import { type ArticleCreate, DomainValidationError, type MeetingCreate, shortCode } from "@sidelines/domain";
import { demoRecords, materaArticle, materaMeetings } from "@sidelines/domain/fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { engines } from "../test/engines.js";
import type { SqlStore } from "./create-store.js";
import { ConflictError, InvalidQueryError, NotFoundError, VersionConflictError } from "./errors.js";
import { hashApiKeyToken } from "./repositories/api-keys.js";

const draft = (headline: string, extra: Partial<ArticleCreate> = {}): ArticleCreate => ({
	headline,
	section: "japan",
	publishedAt: "2023-03-02T14:59:00+05:30",
	zone: "Asia/Kolkata",
	body: [{ type: "paragraph", text: `Body of ${headline}.` }],
	...extra,
});

describe.each(engines)("writes on $name", (engine) => {
	let store: SqlStore;
	beforeEach(async () => {
		store = await engine.open({ demo: true });
	});

	describe("articles", () => {
		it("assigns a slug from the headline, de-duplicated, and serials with short codes", async () => {
			const first = await store.articles.create(draft("Ministers meet in Delhi"));
			const second = await store.articles.create(draft("Ministers meet in Delhi"));
			expect(first.slug).toBe("ministers-meet-in-delhi");
			expect(second.slug).toBe("ministers-meet-in-delhi-2");
			// The demo articles hold serials 1 to their number.
			expect(first.shortCode).toBe(shortCode(demoRecords.articles.length + 1));
			expect(second.shortCode).toBe(shortCode(demoRecords.articles.length + 2));
			expect(first.version).toBe(1);
			expect(await store.articles.getByShortCode(second.shortCode)).toEqual(second);
		});

		it("refuses an explicit slug that is taken", async () => {
			await expect(store.articles.create(draft("Other", { slug: materaArticle.slug }))).rejects.toThrow(
				ConflictError,
			);
		});

		it("never reuses a serial after a delete", async () => {
			const first = await store.articles.create(draft("One"));
			await store.articles.delete(first.id, 1);
			const next = await store.articles.create(draft("Two"));
			expect(next.shortCode).not.toBe(first.shortCode);
			expect(await store.articles.get(first.id)).toBeUndefined();
		});

		it("updates with the current version and refuses a stale one", async () => {
			const created = await store.articles.create(draft("Versioned"));
			const updated = await store.articles.update(
				created.id,
				{ headline: "Versioned again", tags: ["g7"] },
				1,
			);
			expect(updated).toMatchObject({
				version: 2,
				headline: "Versioned again",
				slug: created.slug,
				tags: ["g7"],
			});
			expect((await store.articles.list({ tag: "g7" })).items.map((a) => a.id)).toEqual([created.id]);
			const stale = store.articles.update(created.id, { headline: "Lost update" }, 1);
			await expect(stale).rejects.toThrow(VersionConflictError);
			await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
			await expect(store.articles.delete(created.id, 1)).rejects.toThrow(VersionConflictError);
			await expect(store.articles.update("no-such-article", { headline: "x" }, 1)).rejects.toThrow(
				NotFoundError,
			);
			expect((await store.articles.get(created.id))?.headline).toBe("Versioned again");
		});

		it("keeps a tag's list in publication order when an article's time changes", async () => {
			const older = await store.articles.create(draft("Older", { tags: ["g7"] }));
			const newer = await store.articles.create(
				draft("Newer", { tags: ["g7"], publishedAt: "2023-03-03T09:00:00+05:30" }),
			);
			const tagged = async () => (await store.articles.list({ tag: "g7" })).items.map((a) => a.id);
			expect(await tagged()).toEqual([newer.id, older.id]);
			await store.articles.update(older.id, { publishedAt: "2023-03-04T09:00:00+05:30" }, 1);
			expect(await tagged()).toEqual([older.id, newer.id]);
			const later = await store.articles.list({ tag: "g7", from: "2023-03-04" });
			expect(later.items.map((a) => a.id)).toEqual([older.id]);
		});

		it("lets exactly one of two concurrent writers with the same version succeed", async () => {
			// Two stores on one database: two connections (SQLite) or two pools (PostgreSQL).
			const second = await engine.reopen(store);
			const created = await store.articles.create(draft("Contested"));
			const results = await Promise.allSettled([
				store.articles.update(created.id, { headline: "Writer A" }, 1),
				second.articles.update(created.id, { headline: "Writer B" }, 1),
			]);
			expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
			const rejected = results.find((r) => r.status === "rejected");
			expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(VersionConflictError);
			expect((await store.articles.get(created.id))?.version).toBe(2);
		});

		it("refuses invalid records before any SQL, with the domain's error", async () => {
			await expect(store.articles.create(draft("Lone \uD800 surrogate"))).rejects.toThrow(
				DomainValidationError,
			);
			await expect(store.articles.create(draft("Nul \u0000 inside"))).rejects.toThrow(/NUL/);
			await expect(store.articles.create({ ...draft("No body"), body: [] })).rejects.toThrow(
				DomainValidationError,
			);
			await expect(store.articles.create(draft("Missing section", { section: "nowhere" }))).rejects.toThrow(
				ConflictError,
			);
			expect((await store.articles.list({ limit: 100 })).items).toHaveLength(demoRecords.articles.length);
		});

		it("keeps SQL-looking text, emoji, right-to-left and CJK unchanged", async () => {
			const texts = [
				"Robert'); DROP TABLE articles;-- 🙂",
				"مباحثات وزير الخارجية في الرياض",
				"茂木外相、ブリンケン国務長官と会談",
				"Zoë & Łukasz — naïve café “quotes” 👩🏽‍💼 \\ % _",
				"Text is text: <b>bold</b> <svg/onload=alert(3)> &#x3C;img&#x3E;",
			];
			for (const text of texts) {
				const created = await store.articles.create(draft(text, { status: "published" }));
				expect(await store.articles.get(created.id)).toEqual(created);
				expect(created.headline).toBe(text);
			}
			expect(
				(await store.articles.search("ブリンケン国務長官と会談")).items.map((hit) => hit.article.headline),
			).toEqual([texts[2]]);
			expect((await store.articles.search("الرياض")).items.map((hit) => hit.article.headline)).toEqual([
				texts[1],
			]);
			expect(await store.articles.getBySlug("robert-drop-table-articles")).toMatchObject({
				headline: texts[0],
			});
		});

		it("counts views per day and ranks the most popular over a window", async () => {
			const other = await store.articles.create(draft("Second story", { status: "published" }));
			const day = new Date("2024-05-01T12:00:00Z");
			for (let i = 0; i < 3; i++) await store.articles.recordView(other.id, day);
			await store.articles.recordView(materaArticle.id, day);
			await store.articles.recordView(materaArticle.id, new Date("2024-04-01T12:00:00Z"));
			await store.articles.recordView(materaArticle.id, new Date("2024-04-01T13:00:00Z"));
			const popular = await store.articles.popular({ since: "2024-04-15" });
			expect(popular.map((p) => [p.article.id, p.views])).toEqual([
				[other.id, 3],
				[materaArticle.id, 1],
			]);
			expect((await store.articles.popular({ since: "2024-01-01" }))[0]).toMatchObject({ views: 3 });
			await expect(store.articles.recordView("no-such-article")).rejects.toThrow(NotFoundError);
			await expect(store.articles.popular({ since: "yesterday" })).rejects.toThrow(InvalidQueryError);
		});

		it("relates articles that share diplomats, meetings or tags", async () => {
			const sharing = await store.articles.create(
				draft("Blinken again", {
					status: "published",
					mentions: { diplomats: ["antony-blinken"], meetings: [] },
					tags: ["g20"],
				}),
			);
			const unrelated = await store.articles.create(
				draft("Unrelated", { status: "published", tags: ["weather"] }),
			);
			const related = await store.articles.related(materaArticle.id);
			expect(related.map((a) => a.id)).toEqual([sharing.id]);
			expect(related.map((a) => a.id)).not.toContain(unrelated.id);
		});
	});

	describe("meetings", () => {
		const secondReport: MeetingCreate = {
			participants: [
				{ kind: "diplomat", diplomatId: "motegi-toshimitsu" },
				{ kind: "diplomat", diplomatId: "antony-blinken" },
			],
			date: { year: 2021, month: 6, day: 29, precision: "day" },
			format: "in_person",
			topics: ["Indo-Pacific"],
			sources: [{ articleId: "art-second-report", evidence: [] }],
			review: "proposed",
		};

		it("merges a second report of the same meeting into one meeting with two sources", async () => {
			const result = await store.meetings.save(secondReport);
			expect(result.merged).toBe(true);
			expect(result.meeting.id).toBe("mtg-blinken-motegi-2021-06-29");
			expect(result.meeting.version).toBe(2);
			expect(result.meeting.sources.map((s) => s.articleId).sort()).toEqual([
				"art-motegi-blinken-matera",
				"art-second-report",
			]);
			expect(result.meeting.topics).toContain("Indo-Pacific");
			expect(result.meeting.review).toBe("confirmed");
			const motegi = await store.meetings.list({ diplomat: "antony-blinken" });
			expect(motegi.items).toHaveLength(1);
			expect(await store.meetings.get(result.meeting.id)).toEqual(result.meeting);
		});

		it("does not merge a meeting of the same parties on another date", async () => {
			const result = await store.meetings.save({
				...secondReport,
				date: { year: 2021, month: 9, day: 21, precision: "day" },
			});
			expect(result.merged).toBe(false);
			expect(result.meeting.version).toBe(1);
			expect(
				(await store.meetings.list({ diplomat: "antony-blinken", review: "proposed" })).items.map(
					(m) => m.id,
				),
			).toEqual([result.meeting.id]);
			expect((await store.meetings.list({ diplomat: "antony-blinken" })).items).toHaveLength(1);
		});

		it("merges concurrent saves of one new meeting into one", async () => {
			const report = (articleId: string): MeetingCreate => ({
				participants: [
					{ kind: "diplomat", diplomatId: "suga-yoshihide" },
					{ kind: "delegation", country: "IN" },
				],
				date: { year: 2021, month: 3, day: 12, precision: "day" },
				format: "video",
				sources: [{ articleId, evidence: [] }],
			});
			const results = await Promise.all(["a1", "a2", "a3"].map((id) => store.meetings.save(report(id))));
			expect(results.filter((r) => !r.merged)).toHaveLength(1);
			const final = await store.meetings.get(results[0]?.meeting.id ?? "");
			expect(final?.sources).toHaveLength(3);
		});

		it("keeps a country's list once per meeting, newest first, as a meeting's review, format and date change", async () => {
			// Two parties of Japan in one meeting, one in the other: Japan's list shows each meeting once.
			const { meeting: both } = await store.meetings.save({
				participants: [
					{ kind: "diplomat", diplomatId: "motegi-toshimitsu" },
					{ kind: "delegation", country: "JP", description: "Fisheries Agency" },
					{ kind: "delegation", country: "IS" },
				],
				date: { year: 2024, month: 5, day: 2, precision: "day" },
				format: "video",
				sources: [{ articleId: "art-japan-a", evidence: [] }],
				review: "proposed",
			});
			const { meeting: one } = await store.meetings.save({
				participants: [
					{ kind: "delegation", country: "JP" },
					{ kind: "delegation", country: "FO" },
				],
				date: { year: 2024, month: 5, day: 9, precision: "day" },
				format: "in_person",
				sources: [{ articleId: "art-japan-b", evidence: [] }],
				review: "confirmed",
			});
			// The demo's meetings of Japan are of 2021 and 2026.
			const year = { country: "JP", from: "2024-01-01", to: "2024-12-31" };
			const japan = async (filter: { format?: "video" | "in_person" } = {}) =>
				(await store.meetings.list({ ...year, ...filter })).items.map((m) => m.id);
			expect(await japan()).toEqual([one.id]);
			await store.meetings.setReview(both.id, "confirmed", 1);
			expect(await japan()).toEqual([one.id, both.id]);
			expect(await japan({ format: "video" })).toEqual([both.id]);
			await store.meetings.update(
				both.id,
				{ format: "in_person", date: { year: 2024, month: 5, day: 20, precision: "day" } },
				2,
			);
			expect(await japan()).toEqual([both.id, one.id]);
			expect(await japan({ format: "video" })).toEqual([]);
			expect(await japan({ format: "in_person" })).toEqual([both.id, one.id]);
			const page = await store.meetings.list({ ...year, limit: 1 });
			expect(page.items.map((m) => m.id)).toEqual([both.id]);
			const next = await store.meetings.list({ ...year, limit: 1, cursor: page.nextCursor ?? undefined });
			expect(next.items.map((m) => m.id)).toEqual([one.id]);
			expect(next.nextCursor).toBeNull();
		});

		it("confirms a proposal with its version, and refuses a stale one", async () => {
			const { meeting } = await store.meetings.save({
				...secondReport,
				date: { year: 2022, precision: "year" },
			});
			const confirmed = await store.meetings.setReview(meeting.id, "confirmed", 1);
			expect(confirmed.review).toBe("confirmed");
			// A review or partial update keeps what it does not name.
			expect(meeting.topics).toEqual(["Indo-Pacific"]);
			expect(confirmed.topics).toEqual(meeting.topics);
			expect(confirmed.sources).toEqual(meeting.sources);
			await expect(store.meetings.setReview(meeting.id, "rejected", 1)).rejects.toMatchObject({
				name: "VersionConflictError",
				currentVersion: 2,
			});
			const moved = await store.meetings.update(
				meeting.id,
				{ format: "phone", place: null, occasionId: null },
				2,
			);
			expect(moved).toMatchObject({ format: "phone", version: 3, topics: ["Indo-Pacific"] });
			expect(moved.sources).toEqual(meeting.sources);
			expect(
				(await store.meetings.list({ format: "phone", diplomat: "antony-blinken" })).items.map((m) => m.id),
			).toEqual([meeting.id]);
			await store.meetings.delete(meeting.id, 3);
			expect(await store.meetings.get(meeting.id)).toBeUndefined();
		});

		it("refuses a meeting with one party or an unknown diplomat", async () => {
			await expect(
				store.meetings.save({ participants: [{ kind: "diplomat", diplomatId: "joe-biden" }] }),
			).rejects.toThrow(DomainValidationError);
			await expect(
				store.meetings.save({
					participants: [
						{ kind: "diplomat", diplomatId: "joe-biden" },
						{ kind: "diplomat", diplomatId: "nobody-known" },
					],
				}),
			).rejects.toThrow(ConflictError);
		});

		it("keeps the fixtures' Suga-Biden call in late January 2021", async () => {
			const call = await store.meetings.get("mtg-suga-biden-2021-01");
			expect(call).toEqual(materaMeetings[3]);
		});
	});

	describe("diplomats, occasions and sections", () => {
		it("derives a diplomat id from the official name and searches new names", async () => {
			const created = await store.diplomats.create({
				name: { given: "Yoko", family: "Kamikawa", order: "family-first", native: "上川陽子" },
				country: "JP",
			});
			expect(created.id).toBe("kamikawa-yoko");
			expect((await store.diplomats.list({ q: "上川" })).items.map((d) => d.id)).toEqual([created.id]);
			const renamed = await store.diplomats.update(
				created.id,
				{ name: { ...created.name, aliases: ["Kamikawa-san"] } },
				1,
			);
			expect(renamed.version).toBe(2);
			expect((await store.diplomats.list({ q: "kamikawa san" })).items.map((d) => d.id)).toEqual([
				created.id,
			]);
			await expect(store.diplomats.delete("antony-blinken", 1)).rejects.toThrow(ConflictError);
		});

		it("creates, updates and deletes occasions with versions", async () => {
			const occasion = await store.occasions.create({
				slug: "g7-hiroshima-2023",
				name: "G7 Hiroshima Summit",
				start: "2023-05-19",
				end: "2023-05-21",
			});
			expect(occasion.id).toBe("g7-hiroshima-2023");
			const updated = await store.occasions.update(occasion.id, { shortName: "G7 Hiroshima" }, 1);
			expect(updated.version).toBe(2);
			await expect(store.occasions.update(occasion.id, { shortName: "x" }, 1)).rejects.toThrow(
				VersionConflictError,
			);
			expect((await store.occasions.list()).items.map((o) => o.id)).toEqual([
				"water-security-muscat-2027",
				"ports-dialogue-colombo-2026",
				"northern-waters-forum-tromso-2026",
				"g7-hiroshima-2023",
				"g20-fmm-matera-2021",
			]);
			await store.occasions.delete(occasion.id, 2);
			expect(await store.occasions.get(occasion.id)).toBeUndefined();
			await expect(
				store.occasions.create({
					slug: "g7-hiroshima-2023",
					name: "x",
					start: "2023-05-19",
					end: "2023-05-01",
				}),
			).rejects.toThrow(DomainValidationError);
		});

		it("upserts sections", async () => {
			await store.sections.upsert({ slug: "middle-east", name: "Middle East" });
			await store.sections.upsert({ slug: "middle-east", name: "Middle East and Gulf" });
			expect(await store.sections.get("middle-east")).toEqual({
				slug: "middle-east",
				name: "Middle East and Gulf",
			});
			await expect(store.sections.upsert({ slug: "gulf", name: "Gulf", parent: "nowhere" })).rejects.toThrow(
				ConflictError,
			);
		});
	});

	describe("API keys and idempotency", () => {
		it("stores only the token's hash, finds by hash, revokes and touches", async () => {
			const { token, key } = await store.apiKeys.create({ name: "editor", scopes: ["write"] });
			expect(token).toMatch(/^sl_[A-Za-z0-9_-]{43}$/);
			expect(key.hash).toBe(hashApiKeyToken(token));
			const dump = JSON.stringify(await store.kysely.selectFrom("api_keys").selectAll().execute());
			expect(dump).not.toContain(token);
			expect(await store.apiKeys.findByHash(hashApiKeyToken(token))).toEqual(key);
			await store.apiKeys.touch(key.id, new Date("2025-01-01T00:00:00Z"));
			await store.apiKeys.revoke(key.id);
			const found = await store.apiKeys.findByHash(key.hash);
			expect(found?.lastUsedAt).toBe("2025-01-01T00:00:00.000Z");
			expect(found?.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
			expect(await store.apiKeys.list()).toHaveLength(1);
			await expect(store.apiKeys.revoke("key_missing")).rejects.toThrow(NotFoundError);
		});

		it("keeps the first stored response for a key", async () => {
			const response = {
				key: "k1",
				principal: "key_a",
				requestHash: "h",
				status: 201,
				headers: { location: "/v1/articles/x" },
				body: '{"ok":true}',
				createdAt: "2025-01-01T00:00:00.000Z",
			};
			expect(await store.idempotency.put(response)).toBe(true);
			expect(await store.idempotency.put({ ...response, status: 500 })).toBe(false);
			expect(await store.idempotency.get("key_a", "k1")).toEqual(response);
			expect(await store.idempotency.get("key_b", "k1")).toBeUndefined();
		});

		it("commits a stored response with the write it answers, and a key taken first undoes the write", async () => {
			const response = (key: string, body: string) => ({
				key,
				principal: "key_a",
				requestHash: "h",
				status: 201,
				headers: {},
				body,
				createdAt: "2025-01-01T00:00:00.000Z",
			});
			const stored = await store.transaction(async (trx) => {
				const article = await trx.articles.create(draft("Answered once"));
				await trx.idempotency.put(response("k2", article.id));
				return article;
			});
			expect((await store.idempotency.get("key_a", "k2"))?.body).toBe(stored.id);
			const twice = store.transaction(async (trx) => {
				await trx.articles.create(draft("Answered twice"));
				await trx.idempotency.put(response("k2", "second"));
			});
			await expect(twice).rejects.toThrow(ConflictError);
			expect((await store.articles.list({ q: "twice" })).items).toEqual([]);
			expect((await store.idempotency.get("key_a", "k2"))?.body).toBe(stored.id);
		});
	});

	it("rolls back every write of a failed transaction", async () => {
		await expect(
			store.transaction(async (trx) => {
				await trx.articles.create(draft("Inside a transaction"));
				throw new Error("changed my mind");
			}),
		).rejects.toThrow("changed my mind");
		expect((await store.articles.list({ limit: 100 })).items).toHaveLength(demoRecords.articles.length);
	});
});
