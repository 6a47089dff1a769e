import { importPage } from "@sidelines/ingest";
import { ConflictError } from "@sidelines/store";
import { describe, expect, it } from "vitest";
import { apiForBlock, jsonOf, problemOf, sender, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { LATVIA_PAGE, signedIn } from "./support/desk.js";
import { newArticle, newMeeting } from "./support/records.js";

describe.each(DATABASES)("the audit trail on %s", (kind) => {
	let api: TestApi;
	apiForBlock(
		kind,
		(started) => {
			api = started;
		},
		{ importer: importPage },
	);

	const history = async (authorization: string, subject: string) =>
		(await jsonOf(await api.fetch(`/v1/history?subject=${subject}`, { headers: { authorization } })))
			.items as {
			action: string;
			actor: { kind: string; id: string; label: string };
			before: { version?: number; status?: string; review?: string } | null;
			after: unknown;
			reason: string | null;
		}[];

	it("records who decided what, when, with the record before and after, newest first", async () => {
		const editor = await signedIn(api, "editor");
		const admin = await signedIn(api, "admin");
		const key = await api.key(["write"], "newsroom importer");
		const asEditor = sender(
			() => api,
			() => editor.authorization,
		);
		const asAdmin = sender(
			() => api,
			() => admin.authorization,
		);

		const imported = await api.fetch("/v1/import", {
			method: "POST",
			headers: { authorization: key.authorization, "content-type": "text/plain" },
			body: LATVIA_PAGE,
		});
		expect(imported.status).toBe(201);
		const { article, meetings } = await jsonOf(imported);
		const proposal = meetings[0].meeting;

		const confirmed = await asEditor("POST", `/v1/meetings/${proposal.id}/confirm`);
		expect(confirmed.status).toBe(200);
		const edited = await asEditor(
			"PATCH",
			`/v1/meetings/${proposal.id}`,
			{ topics: ["port tariffs"] },
			{ "if-match": `"${proposal.id}:v2"` },
		);
		expect(edited.status).toBe(200);
		const etag = (await asEditor("GET", `/v1/articles/${article.slug}`)).headers.get("etag") ?? "";
		const published = await asEditor(
			"PATCH",
			`/v1/articles/${article.slug}`,
			{ status: "published" },
			{ "if-match": etag },
		);
		expect(published.status).toBe(200);
		const unpublished = await asEditor(
			"PATCH",
			`/v1/articles/${article.slug}`,
			{ status: "draft" },
			{ "if-match": published.headers.get("etag") ?? "" },
		);
		expect(unpublished.status).toBe(200);
		expect(
			(
				await asAdmin("DELETE", `/v1/meetings/${proposal.id}`, undefined, {
					"if-match": `"${proposal.id}:v3"`,
				})
			).status,
		).toBe(204);

		const meetingTrail = await history(key.authorization, `meeting:${proposal.id}`);
		expect(meetingTrail.map((event) => [event.action, event.actor.kind, event.actor.id])).toEqual([
			["delete", "user", admin.user.id],
			["edit", "user", editor.user.id],
			["confirm", "user", editor.user.id],
		]);
		expect(meetingTrail[2]?.actor.label).toBe(`editor person <${editor.user.email}>`);
		expect(meetingTrail[2]?.before?.review).toBe("proposed");
		expect(meetingTrail[2]?.after).toMatchObject({ review: "confirmed", version: 2 });
		expect(meetingTrail[0]?.after).toBeNull();

		const articleTrail = await history(editor.authorization, `article:${article.id}`);
		expect(articleTrail.map((event) => [event.action, event.actor.label])).toEqual([
			["unpublish", `editor person <${editor.user.email}>`],
			["publish", `editor person <${editor.user.email}>`],
			["import", "newsroom importer"],
		]);
		expect(articleTrail[1]?.before?.status).toBe("draft");
		expect(articleTrail[0]?.before?.status).toBe("published");
		expect(articleTrail[2]?.after).toMatchObject({
			article: { id: article.id, status: "draft" },
			meetings: [{ id: proposal.id, merged: false }],
		});
	});

	it("keeps the reason of a rejection", async () => {
		const { authorization } = await api.key(["write"], "reviewer key");
		const send = sender(
			() => api,
			() => authorization,
		);
		const proposal = await jsonOf(await send("POST", "/v1/meetings", newMeeting()));
		const rejected = await send("POST", `/v1/meetings/${proposal.id}/reject`, {
			reason: "  two reports of a dinner  ",
		});
		expect(rejected.status).toBe(200);
		const [event] = await history(authorization, `meeting:${proposal.id}`);
		expect([event?.action, event?.reason, event?.actor.label]).toEqual([
			"reject",
			"two reports of a dinner",
			"reviewer key",
		]);
	});

	it("shows history only to key holders and signed-in users, users' history only to admins", async () => {
		const editor = await signedIn(api, "editor");
		expect((await problemOf(await api.fetch("/v1/history?subject=meeting:x"))).status).toBe(401);
		const bad = await api.fetch("/v1/history?subject=planet:x", {
			headers: { authorization: editor.authorization },
		});
		const problem = await problemOf(bad);
		expect([problem.status, problem.errors[0]?.parameter]).toEqual([400, "subject"]);
		const users = await api.fetch(`/v1/history?subject=user:${editor.user.id}`, {
			headers: { authorization: editor.authorization },
		});
		expect(users.status).toBe(403);
	});

	it("writes neither the decision nor its audit event when either fails", async () => {
		const { meeting } = await api.store.meetings.save(newMeeting() as never);
		const actor = { kind: "key" as const, id: "key_x", label: "x" };
		const failing = api.store.transaction(async (tx) => {
			await tx.meetings.setReview(meeting.id, "confirmed", meeting.version);
			await tx.audit.record({
				actor,
				action: "confirm",
				subject: { kind: "nothing" as never, id: meeting.id },
			});
		});
		await expect(failing).rejects.toThrow(ConflictError);
		expect((await api.store.meetings.get(meeting.id))?.review).toBe("proposed");
		const stale = await sender(
			() => api,
			() => "",
		)(
			"PATCH",
			`/v1/articles/${(await api.store.articles.create(newArticle() as never)).slug}`,
			{ headline: "Late" },
			{ authorization: (await api.key(["write"])).authorization, "if-match": '"nope:v1"' },
		);
		expect(stale.status).toBe(412);
		expect(
			(
				await api.store.kysely
					.selectFrom("audit_events")
					.select("action")
					.where("action", "=", "edit")
					.where("subject_kind", "=", "article")
					.execute()
			).length,
		).toBe(0);
	});
});
