import { importPage } from "@sidelines/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, problemOf, sender, startApi, type TestApi } from "./support/api.js";
import { DATABASES } from "./support/databases.js";
import { LATVIA_PAGE } from "./support/desk.js";

interface Imported {
	article: { id: string; slug: string; headline: string };
	meetings: {
		meeting: { id: string; version: number; date: unknown; format: string; participants: unknown[] };
	}[];
	newDiplomats: { id: string }[];
}

describe.each(DATABASES)("reviewing proposals on %s", (kind) => {
	let api: TestApi;
	let send: ReturnType<typeof sender>;
	let imported: Imported;
	beforeAll(async () => {
		api = await startApi(kind, { importer: importPage });
		const { authorization } = await api.key(["write"], "review desk");
		send = sender(
			() => api,
			() => authorization,
		);
		const response = await api.fetch("/v1/import", {
			method: "POST",
			headers: { authorization, "content-type": "text/plain" },
			body: LATVIA_PAGE,
		});
		expect(response.status).toBe(201);
		imported = await jsonOf(response);
	});
	afterAll(async () => {
		expect(api.logged).toEqual([]);
		await api.close();
	});

	const proposal = () => imported.meetings[0]?.meeting as Imported["meetings"][0]["meeting"];

	it("lists proposals with their articles, the import's warnings and what each leaves unsettled", async () => {
		const { items } = await jsonOf(await send("GET", "/v1/proposals?limit=100"));
		const item = items.find((entry: { meeting: { id: string } }) => entry.meeting.id === proposal().id);
		expect(item.articles).toEqual([
			{
				id: imported.article.id,
				slug: imported.article.slug,
				headline: imported.article.headline,
				status: "draft",
				warnings: [
					"Kask: given name not found",
					"Kask: nationality not found",
					"the text names Kask by surname only",
				],
			},
		]);
		expect(item.meeting.sources[0].evidence[0]).toMatchObject({
			start: expect.any(Number),
			end: expect.any(Number),
		});
		expect(item.warnings).not.toContain("no evidence span");
		expect(item.warnings).not.toContain("date not found");
	});

	it("suggests stored meetings that share parties on a compatible day, then merges the proposal into one", async () => {
		const { id, participants, date, format } = proposal();
		const target = await jsonOf(
			await send("POST", "/v1/meetings", {
				participants: [...participants, { kind: "delegation", country: "EE" }],
				date,
				format,
				review: "confirmed",
			}),
		);
		const candidates = (await jsonOf(await send("GET", `/v1/meetings/${id}/candidates`))).items;
		expect(candidates[0]).toMatchObject({ meeting: { id: target.id }, sameParties: false, sharedParties: 2 });

		const stale = await send(
			"POST",
			`/v1/meetings/${id}/merge`,
			{ into: target.id },
			{ "if-match": `"${id}:v9"` },
		);
		expect(stale.status).toBe(412);
		const itself = await problemOf(await send("POST", `/v1/meetings/${id}/merge`, { into: id }));
		expect([itself.status, itself.errors.map((error) => error.pointer)]).toEqual([422, ["#/into"]]);
		const nowhere = await problemOf(
			await send("POST", `/v1/meetings/${id}/merge`, { into: "no-such-meeting" }),
		);
		expect([nowhere.status, nowhere.errors.map((error) => error.pointer)]).toEqual([422, ["#/into"]]);
		expect((await send("GET", `/v1/meetings/${id}`)).status).toBe(200);

		const merged = await send(
			"POST",
			`/v1/meetings/${id}/merge`,
			{ into: target.id, intoVersion: 1 },
			{ "if-match": `"${id}:v1"` },
		);
		expect(merged.status).toBe(200);
		const meeting = await jsonOf(merged);
		expect(meeting).toMatchObject({ id: target.id, version: 2, review: "confirmed" });
		expect(meeting.sources.map((source: { articleId: string }) => source.articleId)).toEqual([
			imported.article.id,
		]);
		expect(meeting.participants).toHaveLength(3);
		expect((await send("GET", `/v1/meetings/${id}`)).status).toBe(404);
		const article = await jsonOf(await send("GET", `/v1/articles/${imported.article.slug}`));
		expect(article.mentions.meetings).toEqual([target.id]);
		const trail = (await jsonOf(await send("GET", `/v1/history?subject=meeting:${id}`))).items;
		expect(trail.map((event: { action: string; reason: string }) => [event.action, event.reason])).toEqual([
			["merge", `merged into meeting ${target.id}`],
		]);
	});

	it("splits a proposal into proposals with their own parties and evidence, or refuses and changes nothing", async () => {
		const [one, two] = imported.newDiplomats.map(({ id }) => ({ kind: "diplomat", diplomatId: id }));
		const spans = [
			{ start: 0, end: 20 },
			{ start: 30, end: 60 },
		];
		const source = (span: { start: number; end: number }) => [
			{ articleId: imported.article.id, evidence: [span] },
		];
		const whole = await jsonOf(
			await send("POST", "/v1/meetings", {
				participants: [one, two, { kind: "delegation", country: "FI" }],
				date: { year: 2024, month: 5, day: 12, precision: "day" },
				format: "video",
				sources: [{ articleId: imported.article.id, evidence: spans }],
			}),
		);
		const missing = await problemOf(
			await send("POST", `/v1/meetings/${whole.id}/split`, {
				parts: [{ participants: [one, two] }, { topics: ["x"] }],
			}),
		);
		expect([missing.status, missing.errors.map((error) => error.pointer)]).toEqual([
			422,
			["#/parts/1/participants"],
		]);
		const beyond = await problemOf(
			await send("POST", `/v1/meetings/${whole.id}/split`, {
				parts: [
					{ participants: [one, two] },
					{
						participants: [one, { kind: "delegation", country: "FI" }],
						sources: source({ start: 1, end: 99_999 }),
					},
				],
			}),
		);
		expect(beyond.errors.map((error) => error.pointer)).toEqual(["#/parts/1/sources/0/evidence/0/end"]);
		expect((await send("GET", `/v1/meetings/${whole.id}`)).status).toBe(200);

		const split = await send("POST", `/v1/meetings/${whole.id}/split`, {
			parts: [
				{ participants: [one, two], sources: source(spans[0] as never) },
				{
					participants: [one, { kind: "delegation", country: "FI" }],
					sources: source(spans[1] as never),
					format: "phone",
				},
			],
		});
		expect(split.status).toBe(201);
		const { items } = await jsonOf(split);
		expect(items.map((item: { merged: boolean }) => item.merged)).toEqual([false, false]);
		expect(
			items.map((item: { meeting: { format: string; review: string; sources: unknown } }) => [
				item.meeting.format,
				item.meeting.review,
				item.meeting.sources,
			]),
		).toEqual([
			["video", "proposed", source(spans[0] as never)],
			["phone", "proposed", source(spans[1] as never)],
		]);
		expect((await send("GET", `/v1/meetings/${whole.id}`)).status).toBe(404);
		const trail = (await jsonOf(await send("GET", `/v1/history?subject=meeting:${items[1].meeting.id}`)))
			.items;
		expect(trail.map((event: { action: string; reason: string }) => [event.action, event.reason])).toEqual([
			["split", `split from ${whole.id}`],
		]);
	});

	it("orders the queue by the meeting's date, newest first, then by confidence, highest first, across pages", async () => {
		// Ids that sort against confidence, so the order cannot come from the id tie-break.
		const propose = async (id: string, countries: [string, string], day: number, confidence?: number) => {
			const response = await send("POST", "/v1/meetings", {
				id,
				participants: countries.map((country) => ({ kind: "delegation", country })),
				date: { year: 2039, month: 3, day, precision: "day" },
				format: "in_person",
				review: "proposed",
				...(confidence === undefined ? {} : { confidence }),
			});
			expect(response.status).toBe(201);
			return (await jsonOf(response)).id as string;
		};
		const sure = await propose(`mtg-queue-a-${kind}`, ["PT", "FR"], 4, 0.9);
		const unsure = await propose(`mtg-queue-b-${kind}`, ["PT", "ES"], 4, 0.35);
		const unscored = await propose(`mtg-queue-c-${kind}`, ["PT", "MA"], 4);
		const later = await propose(`mtg-queue-d-${kind}`, ["PT", "IT"], 5, 0.2);

		const seen: string[] = [];
		let path = "/v1/proposals?limit=1";
		while (seen.length < 4) {
			const page = await jsonOf(await send("GET", path));
			seen.push(...page.items.map((item: { meeting: { id: string } }) => item.meeting.id));
			path = `/v1/proposals?limit=1&cursor=${page.nextCursor}`;
		}
		expect(seen).toEqual([later, sure, unsure, unscored]);
	});
});
