import { materaPage } from "@sidelines/extract/fixtures";
import { beforeAll, expect, it } from "vitest";
import { jsonOf, problemOf } from "./api.js";
import type { ApiTarget } from "./target.js";

interface ImportBody {
	article: { slug: string; status: string; id: string; headline: string };
	meetings: { meeting: { id: string; review: string; sources: unknown[] }; merged: boolean }[];
	newDiplomats: { id: string }[];
	warnings: string[];
}

/**
 * `POST /v1/import` and the review queue on any deployment with an importer: the page, its proposals and
 * new diplomats stored all or nothing. Call inside a describe; `target()` gives the API.
 */
export function importChecks(target: () => ApiTarget): void {
	const api = target;
	let writer: string;
	beforeAll(async () => {
		writer = (await api().key(["write"], "desk")).authorization;
	});

	const importRaw = (body: string, type = "text/plain", query = "") =>
		api().fetch(`/v1/import${query}`, {
			method: "POST",
			headers: { authorization: writer, "content-type": type },
			body,
		});

	it("files the Matera page as a draft whose four reports become second sources of the demo meetings", async () => {
		const response = await importRaw(materaPage);
		expect(response.status).toBe(201);
		const body = (await jsonOf(response)) as ImportBody;
		expect(body.article.status).toBe("draft");
		expect(response.headers.get("location")).toBe(`/v1/articles/${body.article.slug}`);
		expect(body.meetings.map(({ merged }) => merged)).toEqual([true, true, true, true]);
		expect(body.meetings.every(({ meeting }) => meeting.sources.length === 2)).toBe(true);
		expect(body.newDiplomats).toEqual([]);
		// Readers do not see the draft.
		expect((await api().fetch(`/v1/articles/${body.article.slug}`)).status).toBe(404);

		const again = await importRaw(materaPage);
		expect((await problemOf(again)).status).toBe(409);
	});

	it("queues proposals for review; readers never see them until an editor confirms", async () => {
		const page = [
			"Ministers of Testland and Examplia discuss fisheries",
			"14 Mar 2024 10:00:00 GMT+1",
			"",
			"Norwegian Foreign Minister Ingrid Vestbø held talks with Icelandic Foreign Minister Sigrún Kolbeinsdóttir in Oslo on Wednesday about fisheries and Arctic research.",
			"",
			"The two ministers met for 45 minutes.",
			"",
			"(Synthetic text for a test; people and events are invented.)",
		].join("\n");
		const response = await importRaw(page, "text/plain; charset=utf-8", "?zone=Europe/Oslo");
		expect(response.status).toBe(201);
		const body = (await jsonOf(response)) as ImportBody;
		expect(body.meetings).toHaveLength(1);
		expect(body.newDiplomats).toHaveLength(2);
		expect(body.warnings).toEqual([]);
		const proposed = body.meetings[0]?.meeting;
		expect(proposed?.review).toBe("proposed");

		expect((await api().fetch(`/v1/meetings/${proposed?.id}`)).status).toBe(404);
		const queue = await api().fetch("/v1/proposals", { headers: { authorization: writer } });
		expect(queue.status).toBe(200);
		const queued = (
			(await jsonOf(queue)) as {
				items: { meeting: { id: string }; articles: unknown[]; warnings: string[] }[];
			}
		).items.find((item) => item.meeting.id === proposed?.id);
		expect(queued?.articles).toEqual([
			{
				id: body.article.id,
				slug: body.article.slug,
				headline: body.article.headline,
				status: "draft",
				warnings: [],
			},
		]);
		expect(Array.isArray(queued?.warnings)).toBe(true);
		expect((await problemOf(await api().fetch("/v1/proposals"))).status).toBe(401);

		const confirmed = await api().fetch(`/v1/meetings/${proposed?.id}/confirm`, {
			method: "POST",
			headers: { authorization: writer },
		});
		expect(confirmed.status).toBe(200);
		const read = await api().fetch(`/v1/meetings/${proposed?.id}`);
		expect(read.status).toBe(200);
		expect(((await jsonOf(read)) as { duration?: { minutes: number } }).duration?.minutes).toBe(45);
	});

	it.each([
		["JSON instead of a page", '{"headline":"x"}', "application/json", 415],
		["an empty page", "", "text/plain", 422],
		[
			"a page in another language",
			"外務大臣会談\n2021年6月30日\n\n茂木外務大臣はマテーラでブリンケン国務長官と会談した。".repeat(3),
			"text/plain",
			422,
		],
		[
			"scripts only",
			"<html><head><script>alert(1)</script></head><body><script>steal()</script></body></html>",
			"text/html",
			422,
		],
	])("refuses %s with a problem and stores nothing", async (_, body, type, status) => {
		const before = await api().store.articles.list({ limit: 100 });
		const problem = await problemOf(await importRaw(body, type));
		expect(problem.status).toBe(status);
		expect((await api().store.articles.list({ limit: 100 })).items).toHaveLength(before.items.length);
	});

	it("needs a key with the write scope", async () => {
		const anonymous = await api().fetch("/v1/import", {
			method: "POST",
			headers: { "content-type": "text/plain" },
			body: materaPage,
		});
		expect((await problemOf(anonymous)).status).toBe(401);
	});
}
