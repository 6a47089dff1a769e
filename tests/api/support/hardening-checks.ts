import { slugify } from "@sidelines/domain";
import { beforeAll, expect, it } from "vitest";
import { jsonOf, problemOf, sender } from "./api.js";
import { newArticle, newOccasion } from "./records.js";
import type { ApiTarget } from "./target.js";

/** A page in our own words whose headline and people carry characters above U+00FF. */
const page = (headline: string, sentence: string) =>
	[headline, "2 Feb 2024 10:00:00 GMT+1", "", sentence, "", "(Synthetic text written for a test.)"].join(
		"\n",
	);

// Requests that must come from one client: on Workers the address is CF-Connecting-IP (the D1 target gives
// every other request its own); on Node it is the socket's peer, and the header is ignored.
const ONE_CLIENT = { "cf-connecting-ip": "2001:db8::3" };
const LOCKED_OUT_CLIENT = { "cf-connecting-ip": "2001:db8::4" };

/**
 * The regression checks of issue 9's hardening review, one per finding, against any deployment: the Node
 * server on SQLite and PostgreSQL (with the page importer) and the Workers entry on D1. Call inside a
 * describe; the lockout check runs last because it locks its client address out.
 */
export function hardeningChecks(target: () => ApiTarget): void {
	const api = target;
	let writer: string;
	beforeAll(async () => {
		writer = (await api().key(["write"], "desk")).authorization;
	});

	const send = sender(api, () => writer);

	it("1: an import whose slug is not ASCII answers 201 with a percent-encoded Location", async () => {
		for (const headline of ["Radosław Sikorski meets Kaja Kallas in Vilnius", "東京で外相が会談"]) {
			const response = await send(
				"POST",
				"/v1/import?zone=Europe/Warsaw",
				page(
					headline,
					"Polish Foreign Minister Radosław Sikorski held talks with Lithuanian Foreign Minister Gabrielius Landsbergis in Vilnius on Friday.",
				),
				{ "content-type": "text/plain" },
			);
			expect(response.status).toBe(201);
			const { article } = await jsonOf(response);
			const location = response.headers.get("location") as string;
			expect(location).toBe(`/v1/articles/${encodeURIComponent(article.slug)}`);
			expect(location).toMatch(/^[\x21-\x7e]+$/);
			expect((await send("GET", location)).status).toBe(200);
		}
	});

	it("2: text is text: tag syntax is stored and served as characters; prose mentioning <script> imports", async () => {
		const text = "Talks <svg/onload=alert(3)> and <img/src=x/onerror=alert(4)> and &#x3C;svg&#x3E; ended.";
		const created = await send("POST", "/v1/articles", newArticle({ body: [{ type: "paragraph", text }] }));
		expect(created.status).toBe(201);
		const article = await jsonOf(created);
		expect((await jsonOf(await api().fetch(`/v1/articles/${article.slug}`))).body[0].text).toBe(text);

		const imported = await send(
			"POST",
			"/v1/import",
			page(
				"Editors discuss why <script> tags alarm readers",
				"Dutch Foreign Minister Hanke Bruins Slot held talks with Belgian Foreign Minister Hadja Lahbib in Brussels on Monday about the <script> element.",
			),
			{ "content-type": "text/plain" },
		);
		expect(imported.status).toBe(201);
		expect((await jsonOf(imported)).article.headline).toBe("Editors discuss why <script> tags alarm readers");
	});

	it("3: views of made-up slugs take no limiter slot, so a client can never count past the limit", async () => {
		const { slug } = await jsonOf(await send("POST", "/v1/articles", newArticle()));
		const view = () => api().fetch(`/v1/articles/${slug}/views`, { method: "POST", headers: ONE_CLIENT });
		for (let i = 0; i < 3; i++) expect((await view()).status).toBe(204);
		expect((await view()).status).toBe(429);
		for (let i = 0; i < 120; i++)
			expect(
				(await api().fetch(`/v1/articles/junk-${i}/views`, { method: "POST", headers: ONE_CLIENT })).status,
			).toBe(404);
		expect((await view()).status).toBe(429);
	});

	it("5: an Idempotency-Key replays only the same method, path, query, media type and body", async () => {
		const text = page(
			"Austrian and Slovenian ministers discuss rail links",
			"Austrian Foreign Minister Petra Lindner held talks with Slovenian Foreign Minister Tina Kovač in Ljubljana on Wednesday about rail links.",
		);
		const key = { "content-type": "text/plain", "idempotency-key": `import-${Date.now()}` };
		const draft = await send("POST", "/v1/import?status=draft", text, key);
		expect(draft.status).toBe(201);
		const published = await send("POST", "/v1/import?status=published", text, key);
		expect(published.headers.get("idempotent-replayed")).toBeNull();
		expect((await problemOf(published)).status).toBe(422);
		const html = await send("POST", "/v1/import?status=draft", text, { ...key, "content-type": "text/html" });
		expect((await problemOf(html)).status).toBe(422);
		const replay = await send("POST", "/v1/import?status=draft", text, key);
		expect(replay.status).toBe(201);
		expect(replay.headers.get("idempotent-replayed")).toBe("true");
	});

	it("6: a meeting sentence over 2,000 characters is clipped as evidence, not fatal", async () => {
		const long = `Danish Foreign Minister Lars Løkke Rasmussen held talks with Swedish Foreign Minister Tobias Billström in Copenhagen on Tuesday about ${Array.from({ length: 30 }, () => "the ferry links between their two countries and what the new bridge will mean for the people who use them").join(", and ")}.`;
		expect(long.length).toBeGreaterThan(2000);
		const response = await send("POST", "/v1/import", page("Nordic ministers discuss ferries", long), {
			"content-type": "text/plain",
		});
		expect(response.status).toBe(201);
		const { meetings } = await jsonOf(response);
		const evidence = meetings.flatMap(
			(entry: { meeting: { sources: { evidence: { text?: string }[] }[] } }) =>
				entry.meeting.sources.flatMap((source) => source.evidence),
		);
		expect(evidence.length).toBeGreaterThan(0);
		for (const span of evidence) expect(span.text.length).toBeLessThanOrEqual(2000);
	});

	it("7: a meeting whose source names no article, or a span past its text, is 422 and stores nothing", async () => {
		const article = await jsonOf(await api().fetch("/v1/articles?limit=1")).then((page) => page.items[0]);
		const meeting = (sources: unknown) => ({
			participants: [
				{ kind: "diplomat", diplomatId: "luigi-di-maio" },
				{ kind: "delegation", country: "NO" },
			],
			date: { year: 2003, month: 4, day: 9, precision: "day" },
			review: "confirmed",
			sources,
		});
		const missing = await problemOf(
			await send("POST", "/v1/meetings", meeting([{ articleId: "does-not-exist", evidence: [] }])),
		);
		expect(missing.status).toBe(422);
		expect(missing.errors.map((error) => error.pointer)).toEqual(["#/sources/0/articleId"]);
		const beyond = await problemOf(
			await send(
				"POST",
				"/v1/meetings",
				meeting([
					{
						articleId: article.id,
						evidence: [
							{ start: 0, end: 5 },
							{ start: 10, end: 10_000_000 },
						],
					},
				]),
			),
		);
		expect(beyond.status).toBe(422);
		expect(beyond.errors.map((error) => error.pointer)).toEqual(["#/sources/0/evidence/1/end"]);
		const listed = await jsonOf(
			await send("GET", "/v1/meetings?diplomat=luigi-di-maio&from=2003-01-01&to=2003-12-31"),
		);
		expect(listed.items).toEqual([]);
		expect(
			(
				await send(
					"POST",
					"/v1/meetings",
					meeting([{ articleId: article.id, evidence: [{ start: 0, end: 5 }] }]),
				)
			).status,
		).toBe(201);
	});

	it("8: readers see only published articles, confirmed meetings and the diplomats they name", async () => {
		const imported = await send(
			"POST",
			"/v1/import?zone=Europe/Lisbon",
			page(
				"Portuguese and Irish ministers discuss Atlantic fisheries",
				"Portuguese Foreign Minister Inês Vasconcelos held talks with Irish Foreign Minister Ciarán Whelan in Lisbon on Monday about Atlantic fisheries.",
			),
			{ "content-type": "text/plain" },
		);
		expect(imported.status).toBe(201);
		const { article, meetings, newDiplomats } = await jsonOf(imported);
		const proposed = meetings[0].meeting;
		expect(newDiplomats.length).toBeGreaterThan(0);
		const someone = newDiplomats[0];
		const anonymousIds = async (path: string) =>
			((await jsonOf(await api().fetch(path))).items as { id: string }[]).map((item) => item.id);
		expect(await anonymousIds(`/v1/diplomats?q=${encodeURIComponent(someone.name.family)}`)).toEqual([]);
		expect((await api().fetch(`/v1/diplomats/${someone.id}`)).status).toBe(404);
		expect((await api().fetch(`/v1/diplomats/${someone.id}/counterparts`)).status).toBe(404);
		expect((await send("GET", `/v1/diplomats/${someone.id}`)).status).toBe(200);
		expect((await jsonOf(await send("GET", `/v1/diplomats/${someone.id}/counterparts`))).items).toEqual([]);
		expect((await send("GET", "/v1/diplomats/nobody-of-that-name/counterparts")).status).toBe(404);
		const search = await jsonOf(await api().fetch(`/v1/search?q=${encodeURIComponent(someone.name.family)}`));
		expect(search.diplomats).toEqual([]);

		const published = await send(
			"PATCH",
			`/v1/articles/${encodeURIComponent(article.slug)}`,
			{ status: "published" },
			{ "if-match": `"${article.id}:v${article.version}"` },
		);
		expect(published.status).toBe(200);
		expect((await jsonOf(published)).mentions.meetings).toContain(proposed.id);
		const read = await jsonOf(await api().fetch(`/v1/articles/${encodeURIComponent(article.slug)}`));
		expect(read.mentions.meetings).toEqual([]);
		expect(await anonymousIds(`/v1/articles?meeting=${proposed.id}`)).toEqual([]);
		expect(await anonymousIds("/v1/articles?limit=100")).toContain(article.id);

		expect((await send("POST", `/v1/meetings/${proposed.id}/confirm`)).status).toBe(200);
		const after = await jsonOf(await api().fetch(`/v1/articles/${encodeURIComponent(article.slug)}`));
		expect(after.mentions.meetings).toEqual([proposed.id]);
		expect(await anonymousIds(`/v1/articles?meeting=${proposed.id}`)).toEqual([article.id]);
	});

	it("9: an article whose slug is in Devanagari is served by slug, on the app and the fast lane", async () => {
		const slug = slugify("भारत की यात्रा");
		expect((await send("POST", "/v1/articles", newArticle({ slug }))).status).toBe(201);
		const path = `/v1/articles/${encodeURIComponent(slug)}`;
		const first = await api().fetch(path);
		expect(first.status).toBe(200);
		const second = await api().fetch(path); // from the cache, through the fast lane
		expect(second.status).toBe(200);
		expect(await second.text()).toBe(await first.text());
	});

	it("10: bearer in any case, clean 409s, strong If-Match only, decimal limits, bounded instants, no lone surrogates", async () => {
		const lower = await api().fetch("/v1/occasions", {
			method: "POST",
			headers: { authorization: writer.replace("Bearer", "bearer"), "content-type": "application/json" },
			body: JSON.stringify(newOccasion()),
		});
		expect(lower.status).toBe(201);

		const occasion = newOccasion();
		expect((await send("POST", "/v1/occasions", occasion)).status).toBe(201);
		const duplicate = await problemOf(await send("POST", "/v1/occasions", occasion));
		expect(duplicate.status).toBe(409);
		// The field in the API's words (PostgreSQL checks the id derived from the slug first), never SQL.
		expect(duplicate.detail).toMatch(/^another record already has this (slug|id)$/);

		const stored = await jsonOf(await send("POST", "/v1/occasions", newOccasion()));
		const weak = await send(
			"PATCH",
			`/v1/occasions/${stored.id}`,
			{ name: "Renamed" },
			{
				"if-match": `W/"${stored.id}:v1"`,
			},
		);
		expect((await problemOf(weak)).status).toBe(412);

		for (const limit of ["0x10", "1e2", " 7", "+5", "7.0"])
			expect(
				(await problemOf(await api().fetch(`/v1/articles?limit=${encodeURIComponent(limit)}`))).status,
			).toBe(400);
		expect((await api().fetch("/v1/articles?limit=10")).status).toBe(200);
		const future = await api().fetch(`/v1/articles?from=${encodeURIComponent("9999-12-31T23:59:59-14:00")}`);
		expect((await problemOf(future)).status).toBe(400);

		const surrogate = await send(
			"POST",
			"/v1/occasions",
			`{"slug":"lone-${Date.now()}","name":"Summit \\ud800","start":"2022-01-01"}`,
		);
		const problem = await problemOf(surrogate);
		expect(problem.status).toBe(422);
		expect(problem.errors.map((error) => error.pointer)).toEqual(["#/name"]);
	});

	it("4: 60 concurrent requests with a good key from one address all pass; none is counted as a failure", async () => {
		const statuses = await Promise.all(
			Array.from({ length: 60 }, () =>
				api()
					.fetch("/v1/articles?status=draft", { headers: { ...ONE_CLIENT, authorization: writer } })
					.then((response) => response.status),
			),
		);
		expect(statuses).toEqual(Array.from({ length: 60 }, () => 200));
	});

	it("4 (last: it locks this client out): 100 concurrent bad keys from one address get exactly 5 401s, the rest 429", async () => {
		const statuses = await Promise.all(
			Array.from({ length: 100 }, (_, i) =>
				api()
					.fetch("/v1/occasions", {
						method: "POST",
						headers: {
							...LOCKED_OUT_CLIENT,
							authorization: `Bearer not-a-real-key-${i}`,
							"content-type": "application/json",
						},
						body: JSON.stringify(newOccasion()),
					})
					.then((response) => response.status),
			),
		);
		expect(statuses.filter((status) => status === 401)).toHaveLength(5);
		expect(statuses.filter((status) => status === 429)).toHaveLength(95);
	});
}
