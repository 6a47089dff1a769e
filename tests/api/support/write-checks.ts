import { materaArticle } from "@sidelines/domain/fixtures";
import { beforeAll, expect, it } from "vitest";
import { jsonOf, problemOf, sender } from "./api.js";
import { newArticle, newDiplomat, newMeeting, newOccasion } from "./records.js";
import type { ApiTarget } from "./target.js";

/**
 * The black-box writes every deployment must answer the same way: Node on SQLite and PostgreSQL, and the
 * Workers entry on D1 (where each write is one batch). Call inside a describe; `target()` gives the API.
 */
export function writeChecks(target: () => ApiTarget): void {
	const api = target;
	let writer: string;
	let admin: string;
	beforeAll(async () => {
		writer = (await api().key(["write"], "desk")).authorization;
		admin = (await api().key(["admin"], "ops")).authorization;
	});

	const send = sender(api, () => writer);

	it("lists drafts to key holders (status=draft|published|all) and only published articles to readers", async () => {
		const draft = await jsonOf(await send("POST", "/v1/articles", newArticle({ status: "draft" })));
		const published = await jsonOf(await send("POST", "/v1/articles", newArticle()));
		const slugs = async (path: string, authorization?: string) => {
			const response = await api().fetch(path, authorization ? { headers: { authorization } } : {});
			expect(response.status).toBe(200);
			return ((await jsonOf(response)).items as { slug: string }[]).map((item) => item.slug);
		};
		const drafts = await slugs("/v1/articles?status=draft&limit=100", writer);
		expect(drafts).toContain(draft.slug);
		expect(drafts).not.toContain(published.slug);
		const all = await slugs("/v1/articles?status=all&limit=100", writer);
		expect(all).toEqual(expect.arrayContaining([draft.slug, published.slug]));
		const editorDefault = await slugs("/v1/articles?limit=100", writer);
		expect(editorDefault).toContain(published.slug);
		expect(editorDefault).not.toContain(draft.slug);
		expect(await slugs("/v1/articles?status=published&limit=100")).not.toContain(draft.slug);
		for (const status of ["draft", "all"]) {
			const refused = await api().fetch(`/v1/articles?status=${status}`);
			expect((await problemOf(refused)).status).toBe(401);
			expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer /);
		}
		expect(
			(
				await problemOf(
					await api().fetch("/v1/articles?status=archived", { headers: { authorization: writer } }),
				)
			).status,
		).toBe(400);
	});

	it("creates, reads, updates and deletes an article, changing its ETag on every write", async () => {
		const input = newArticle();
		const created = await send("POST", "/v1/articles", input);
		expect(created.status).toBe(201);
		expect(created.headers.get("cache-control")).toBe("no-store");
		const article = await jsonOf(created);
		expect(created.headers.get("location")).toBe(`/v1/articles/${input.slug}`);
		expect(created.headers.get("etag")).toBe(`"${article.id}:v1"`);
		expect(article.shortCode).toMatch(/^[A-Za-z0-9]{6}$/);

		const read = await api().fetch(`/v1/articles/${input.slug}`);
		const etag = read.headers.get("etag") as string;
		expect(etag).toBe(`"${article.id}:v1"`);

		const noIfMatch = await send("PATCH", `/v1/articles/${input.slug}`, { headline: "Changed" });
		expect((await problemOf(noIfMatch)).status).toBe(428);
		const updated = await send(
			"PATCH",
			`/v1/articles/${input.slug}`,
			{ headline: "Ministers agree to meet again" },
			{ "if-match": etag },
		);
		expect(updated.status).toBe(200);
		expect(updated.headers.get("etag")).toBe(`"${article.id}:v2"`);

		const reread = await api().fetch(`/v1/articles/${input.slug}`, { headers: { "if-none-match": etag } });
		expect(reread.status).toBe(200);
		expect(reread.headers.get("etag")).toBe(`"${article.id}:v2"`);
		expect((await jsonOf(reread)).headline).toBe("Ministers agree to meet again");

		const stale = await send(
			"PATCH",
			`/v1/articles/${input.slug}`,
			{ headline: "Stale" },
			{ "if-match": etag },
		);
		expect((await problemOf(stale)).status).toBe(412);
		const staleDelete = await send("DELETE", `/v1/articles/${input.slug}`, undefined, {
			authorization: admin,
			"if-match": etag,
		});
		expect(staleDelete.status).toBe(412);
		const deleted = await send("DELETE", `/v1/articles/${input.slug}`, undefined, {
			authorization: admin,
			"if-match": `"${article.id}:v2"`,
		});
		expect(deleted.status).toBe(204);
		expect((await api().fetch(`/v1/articles/${input.slug}`)).status).toBe(404);
	});

	it("rejects unknown fields, invalid records, malformed JSON, wrong media types and large bodies", async () => {
		const unknown = await problemOf(await send("POST", "/v1/articles", { ...newArticle(), colour: "red" }));
		expect(unknown.status).toBe(422);
		expect(unknown.errors.map((error) => error.pointer)).toEqual(["#"]);
		const invalid = await problemOf(
			await send("POST", "/v1/meetings", {
				participants: [{ kind: "diplomat", diplomatId: "joe-biden" }],
				format: "telepathy",
			}),
		);
		expect(invalid.status).toBe(422);
		expect(invalid.errors.map((error) => error.pointer).sort()).toEqual(["#/format", "#/participants"]);
		// Text is text: an empty paragraph is invalid, tag syntax is not (see hardening.test.ts).
		const empty = await problemOf(
			await send("POST", "/v1/articles", newArticle({ body: [{ type: "paragraph", text: "  " }] })),
		);
		expect(empty.errors[0]?.pointer).toBe("#/body/0/text");
		expect((await problemOf(await send("POST", "/v1/diplomats", "{ not json"))).status).toBe(400);
		const text = await send("POST", "/v1/diplomats", JSON.stringify(newDiplomat()), {
			"content-type": "text/plain",
		});
		expect((await problemOf(text)).status).toBe(415);
		const huge = await send("POST", "/v1/articles", newArticle({ standfirst: "x".repeat(2 * 1024 * 1024) }));
		expect((await problemOf(huge)).status).toBe(413);
		const duplicate = await send("POST", "/v1/articles", newArticle({ slug: materaArticle.slug }));
		expect((await problemOf(duplicate)).status).toBe(409);
	});

	it("replays a POST with the same Idempotency-Key without creating anything, and refuses a different body", async () => {
		const input = newDiplomat();
		const first = await send("POST", "/v1/diplomats", input, { "idempotency-key": `k-${input.id}` });
		expect(first.status).toBe(201);
		const firstBody = await first.text();
		const replay = await send("POST", "/v1/diplomats", input, { "idempotency-key": `k-${input.id}` });
		expect(replay.status).toBe(201);
		expect(replay.headers.get("idempotent-replayed")).toBe("true");
		expect(await replay.text()).toBe(firstBody);
		const list = await jsonOf(await send("GET", "/v1/diplomats?country=FR&limit=100"));
		expect(list.items.filter((diplomat: { id: string }) => diplomat.id === input.id)).toHaveLength(1);
		const other = await send("POST", "/v1/diplomats", newDiplomat(), { "idempotency-key": `k-${input.id}` });
		expect((await problemOf(other)).status).toBe(422);
		// Another key holder's identical key is a different slot.
		const stranger = await send("POST", "/v1/diplomats", newDiplomat(), {
			authorization: admin,
			"idempotency-key": `k-${input.id}`,
		});
		expect(stranger.status).toBe(201);
		expect(
			(
				await problemOf(
					await send("POST", "/v1/diplomats", newDiplomat(), { "idempotency-key": "bad key with spaces" }),
				)
			).status,
		).toBe(400);
	});

	it("lets exactly one of two editors with the same If-Match win", async () => {
		const created = await jsonOf(await send("POST", "/v1/occasions", newOccasion()));
		const etag = `"${created.id}:v1"`;
		const [a, b] = await Promise.all([
			send("PATCH", `/v1/occasions/${created.id}`, { name: "Edited by A" }, { "if-match": etag }),
			send("PATCH", `/v1/occasions/${created.id}`, { name: "Edited by B" }, { "if-match": etag }),
		]);
		expect([a.status, b.status].sort()).toEqual([200, 412]);
		const winner = a.status === 200 ? "Edited by A" : "Edited by B";
		const now = await jsonOf(await api().fetch(`/v1/occasions/${created.id}`));
		expect(now.occasion.name).toBe(winner);
		expect(now.occasion.version).toBe(2);
	});

	it("updates and deletes diplomats and meetings with If-Match", async () => {
		const diplomat = await jsonOf(await send("POST", "/v1/diplomats", newDiplomat()));
		const patched = await send(
			"PATCH",
			`/v1/diplomats/${diplomat.id}`,
			{ country: "BE" },
			{ "if-match": `"${diplomat.id}:v1"` },
		);
		expect((await jsonOf(patched)).country).toBe("BE");
		expect(
			(await send("DELETE", `/v1/diplomats/${diplomat.id}`, undefined, { authorization: admin })).status,
		).toBe(428);
		expect(
			(
				await send("DELETE", `/v1/diplomats/${diplomat.id}`, undefined, {
					authorization: admin,
					"if-match": `"other:v2"`,
				})
			).status,
		).toBe(412);
		expect(
			(
				await send("DELETE", `/v1/diplomats/${diplomat.id}`, undefined, {
					authorization: admin,
					"if-match": `"${diplomat.id}:v2"`,
				})
			).status,
		).toBe(204);

		const meeting = await jsonOf(await send("POST", "/v1/meetings", newMeeting({ review: "confirmed" })));
		const moved = await send(
			"PATCH",
			`/v1/meetings/${meeting.id}`,
			{ format: "phone" },
			{ "if-match": `"${meeting.id}:v1"` },
		);
		expect(moved.status).toBe(200);
		expect((await jsonOf(moved)).format).toBe("phone");
		expect(
			(
				await send("DELETE", `/v1/meetings/${meeting.id}`, undefined, {
					authorization: admin,
					"if-match": "*",
				})
			).status,
		).toBe(204);
		expect((await api().fetch(`/v1/meetings/${meeting.id}`)).status).toBe(404);
	});

	it("confirms and rejects proposed meetings, which then show (or not) to readers", async () => {
		const proposed = await jsonOf(await send("POST", "/v1/meetings", newMeeting()));
		expect(proposed.review).toBe("proposed");
		expect((await api().fetch(`/v1/meetings/${proposed.id}`)).status).toBe(404);
		expect(
			(await api().fetch(`/v1/meetings/${proposed.id}`, { headers: { authorization: writer } })).status,
		).toBe(200);
		const confirmed = await send("POST", `/v1/meetings/${proposed.id}/confirm`);
		expect(confirmed.status).toBe(200);
		expect((await jsonOf(confirmed)).review).toBe("confirmed");
		expect((await api().fetch(`/v1/meetings/${proposed.id}`)).status).toBe(200);
		const because = { reason: "the article reports a different day" };
		expect((await problemOf(await send("POST", `/v1/meetings/${proposed.id}/reject`, because))).status).toBe(
			409,
		);

		const doubtful = await jsonOf(await send("POST", "/v1/meetings", newMeeting()));
		expect(
			(
				await send("POST", `/v1/meetings/${doubtful.id}/reject`, because, {
					"if-match": `"${doubtful.id}:v9"`,
				})
			).status,
		).toBe(412);
		const missing = await problemOf(
			await send("POST", `/v1/meetings/${doubtful.id}/reject`, { reason: " " }),
		);
		expect([missing.status, missing.errors.map((error) => error.pointer)]).toEqual([422, ["#/reason"]]);
		const rejected = await send("POST", `/v1/meetings/${doubtful.id}/reject`, because, {
			"if-match": `"${doubtful.id}:v1"`,
		});
		expect((await jsonOf(rejected)).review).toBe("rejected");
		expect((await api().fetch(`/v1/meetings/${doubtful.id}`)).status).toBe(404);
		expect(
			(
				await api().fetch("/v1/meetings/nobody-met/confirm", {
					method: "POST",
					headers: { authorization: writer },
				})
			).status,
		).toBe(404);
	});

	it("merges a second report of the same meeting into the first", async () => {
		const report = newMeeting({ review: "confirmed" });
		const first = await send("POST", "/v1/meetings", report);
		expect(first.status).toBe(201);
		const second = await send("POST", "/v1/meetings", report);
		expect(second.status).toBe(200);
		expect(second.headers.get("sidelines-merged")).toBe("true");
		expect((await jsonOf(second)).id).toBe((await jsonOf(first)).id);
	});
}
