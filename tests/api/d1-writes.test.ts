import { ArticleCreate, DiplomatCreate, MeetingCreate, OccasionCreate, parseRecord } from "@sidelines/domain";
import { ConflictError, type SqlStore, VersionConflictError } from "@sidelines/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf } from "./support/api.js";
import * as records from "./support/records.js";
import { loadD1FromExport, startWorker, type TestWorker } from "./support/worker.js";

const newArticle = (overrides: Record<string, unknown>) =>
	parseRecord(ArticleCreate, records.newArticle(overrides));
const newDiplomat = () => parseRecord(DiplomatCreate, records.newDiplomat());
const newOccasion = () => parseRecord(OccasionCreate, records.newOccasion());
const newMeeting = () => parseRecord(MeetingCreate, records.newMeeting());

// Text that a SQL script must carry exactly: quotes, a question mark, line breaks, emoji, right-to-left.
const tricky = newArticle({
	headline: "Who met whom? O'Brien's 'quiet' talks in Tōkyō 🙂",
	body: [
		{ type: "paragraph", text: "First line,\nsecond line; -- not a comment" },
		{ type: "paragraph", text: 'مباحثات في الرياض and "double" quotes \\ backslash' },
	],
});

/**
 * What D1 adds to the shared checks: a race that HTTP requests cannot force. Each write is planned from
 * reads and committed as one batch; a batch whose reads went stale must abort whole, or plan again.
 */
describe("write plans on D1", () => {
	let worker: TestWorker;
	let other: SqlStore;
	beforeAll(async () => {
		worker = await startWorker((database) =>
			loadD1FromExport(database, async (store) => {
				await store.articles.create(tricky);
			}),
		);
		other = worker.store;
	}, 120_000);
	afterAll(async () => worker?.dispose());

	it("loads every character of an exported article through the SQL script", async () => {
		const served = await jsonOf(await worker.fetch(`/v1/articles/${tricky.slug}`));
		expect(served.headline).toBe(tricky.headline);
		expect(served.body).toEqual(tricky.body);
		const hits = await jsonOf(await worker.fetch("/v1/search?q=backslash"));
		expect(hits.articles.map((hit: { article: { slug: string } }) => hit.article.slug)).toEqual([
			tricky.slug,
		]);
	});

	it("commits a decision and its audit event in one batch, or neither", async () => {
		const { meeting } = await worker.store.meetings.save(newMeeting());
		const actor = { kind: "key" as const, id: "key_d1", label: "d1 test" };
		const subject = { kind: "meeting" as const, id: meeting.id };
		await worker.store.transaction(async (tx) => {
			const after = await tx.meetings.setReview(meeting.id, "confirmed", meeting.version);
			await tx.audit.record({ actor, action: "confirm", subject, before: meeting, after });
		});
		const failing = worker.store.transaction(async (tx) => {
			await tx.meetings.setReview(meeting.id, "rejected", meeting.version + 1);
			// The audit row breaks a rule of its table, so the batch fails after the review changed.
			await tx.audit.record({
				actor,
				action: "reject",
				subject: { kind: "nothing" as never, id: meeting.id },
			});
		});
		await expect(failing).rejects.toThrow(ConflictError);
		expect((await worker.store.meetings.get(meeting.id))?.review).toBe("confirmed");
		const { items } = await worker.store.audit.history(subject);
		expect(items.map((event) => [event.action, event.actor.label])).toEqual([["confirm", "d1 test"]]);
	});

	it("signs a desk user in on Workers (scrypt in workerd), records their decision, and signs them out", async () => {
		const password = "a desk password for workerd";
		const user = await worker.store.users.create({
			email: "edge@desk.example",
			name: "Edge",
			role: "editor",
			password,
		});
		const signIn = await worker.fetch("/v1/sessions", {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ email: "edge@desk.example", password }),
		});
		expect(signIn.status).toBe(201);
		const authorization = `Bearer ${(await jsonOf(signIn)).token}`;
		const { meeting } = await worker.store.meetings.save(newMeeting());
		const rejected = await worker.fetch(`/v1/meetings/${meeting.id}/reject`, {
			method: "POST",
			headers: { authorization, "content-type": "application/json" },
			body: JSON.stringify({ reason: "a duplicate report" }),
		});
		expect(rejected.status).toBe(200);
		const { items } = await worker.store.audit.history({ kind: "meeting", id: meeting.id });
		expect(items.map((event) => [event.action, event.actor.id, event.reason])).toEqual([
			["reject", user.id, "a duplicate report"],
		]);
		expect(
			(await worker.fetch("/v1/sessions/current", { method: "DELETE", headers: { authorization } })).status,
		).toBe(204);
		expect((await worker.fetch("/v1/sessions/current", { headers: { authorization } })).status).toBe(401);
	});

	it("aborts a whole batch when another writer changed a record after it was read", async () => {
		const occasion = await worker.store.occasions.create(newOccasion());
		let newcomer = "";
		const stale = worker.store.transaction(async (tx) => {
			newcomer = (await tx.diplomats.create(newDiplomat())).id;
			await tx.occasions.update(occasion.id, { name: "Renamed late" }, 1);
			// Commits between this plan's read of version 1 and its batch.
			await other.occasions.update(occasion.id, { name: "Renamed first" }, 1);
		});
		await expect(stale).rejects.toThrow(VersionConflictError);
		await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
		expect((await worker.store.occasions.get(occasion.id))?.name).toBe("Renamed first");
		expect(newcomer).toMatch(/^test-diplomat-/);
		expect(await worker.store.diplomats.get(newcomer)).toBeUndefined();
	});

	it("plans again when only a read went stale: a serial or a free slug taken meanwhile", async () => {
		let raced = false;
		const article = await worker.store.transaction(async (tx) => {
			const created = await tx.articles.create(
				newArticle({ slug: undefined, headline: "Raced for a serial" }),
			);
			if (!raced) {
				raced = true;
				await other.articles.create(newArticle({ slug: undefined, headline: "Raced for a serial" }));
			}
			return created;
		});
		const both = (await worker.store.articles.list({ q: "raced serial", limit: 10 })).items;
		expect(both.map((item) => item.slug).sort()).toEqual(["raced-for-a-serial", "raced-for-a-serial-2"]);
		expect(new Set(both.map((item) => item.shortCode)).size).toBe(2);
		expect(both.map((item) => item.id)).toContain(article.id);
	});

	it("commits an Idempotency-Key's response in the write's batch; a key stored first undoes the write", async () => {
		const response = (body: string) => ({
			key: "batch-key",
			principal: "key_d1",
			requestHash: "h",
			status: 201,
			headers: {},
			body,
			createdAt: "2026-11-29T00:00:00.000Z",
		});
		const first = await worker.store.transaction(async (tx) => {
			const occasion = await tx.occasions.create(newOccasion());
			await tx.idempotency.put(response(occasion.id));
			return occasion;
		});
		expect((await other.idempotency.get("key_d1", "batch-key"))?.body).toBe(first.id);
		let second = "";
		const replayed = worker.store.transaction(async (tx) => {
			second = (await tx.occasions.create(newOccasion())).id;
			await tx.idempotency.put(response(second));
		});
		await expect(replayed).rejects.toThrow(ConflictError);
		expect(await other.occasions.get(second)).toBeUndefined();
		expect(await other.occasions.get(first.id)).toEqual(first);
	});

	it("gives up with a conflict when a read goes stale on every attempt", async () => {
		const attempt = worker.store.transaction(async (tx) => {
			await tx.articles.create(newArticle({ slug: undefined, headline: "Always raced" }));
			await other.articles.create(newArticle({ slug: undefined, headline: "Always raced" }));
		});
		await expect(attempt).rejects.toThrow(ConflictError);
		const stored = (await worker.store.articles.list({ q: "always raced", limit: 10 })).items;
		expect(stored.length).toBeGreaterThanOrEqual(1);
		expect(stored.every((item) => item.headline === "Always raced")).toBe(true);
	});
});
