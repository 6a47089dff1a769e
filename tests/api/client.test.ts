import { ApiError, createClient, etagOf, type operations, type SidelinesClient } from "@sidelines/api/client";
import { loadScalarBundle } from "@sidelines/api/node";
import { demoRecords, materaArticle } from "@sidelines/domain/fixtures";
import { importPage } from "@sidelines/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, startApi, type TestApi } from "./support/api.js";
import { DESK_PASSWORD } from "./support/desk.js";

const DESK_EMAIL = "admin@desk.example";

interface Clients {
	baseUrl: string;
	reader: SidelinesClient;
	editor: SidelinesClient;
	admin: SidelinesClient;
}

/** What an ApiError carried, for expectations. */
const failure = (error: unknown) =>
	error instanceof ApiError ? { status: error.status, problemStatus: error.problem?.status } : error;

const PAGE = [
	"Foreign ministers of Estonia and Romania talk about river ferries",
	"9 May 2024 11:00:00 GMT+2",
	"",
	"Estonian Foreign Minister Arvo Lindqvist held talks with Romanian Foreign Minister Mirela Dancu in Vienna on Thursday about river ferries and customs posts.",
	"",
	"(Synthetic text written for a test; the people and events are invented.)",
].join("\n");

/**
 * One typed call per documented operation, run in this order against a live server. `satisfies`
 * makes a new operation without a call a type error; the test below makes it a failure too.
 */
function exercises() {
	let occasion: { id: string; version: number } | undefined;
	let diplomat: { id: string; version: number } | undefined;
	let article: { id: string; slug: string; version: number } | undefined;
	let proposed: { id: string; version: number } | undefined;
	let rejectable: { id: string; version: number } | undefined;
	let session: SidelinesClient | undefined;
	let parts: { id: string; version: number }[] = [];
	let user: { id: string; version: number } | undefined;
	const slug = { params: { path: { slug: materaArticle.slug } } };
	return {
		signIn: async ({ reader, baseUrl }: Clients) => {
			const signed = await reader.POST("/v1/sessions", {
				body: { email: DESK_EMAIL, password: DESK_PASSWORD },
			});
			session = createClient({ baseUrl, token: signed.token });
			return signed.user.role;
		},
		getCurrentSession: async () => (await session?.GET("/v1/sessions/current"))?.user.email,
		listUsers: async () => (await session?.GET("/v1/users"))?.items.map((item) => item.email),
		createUser: async () => {
			const created = await session?.POST("/v1/users", {
				body: { email: "second@desk.example", name: "Second", role: "editor", password: DESK_PASSWORD },
			});
			user = created;
			return created?.role;
		},
		updateUser: async () => {
			if (!user) throw new Error("createUser runs first");
			return (
				(
					await session?.PATCH("/v1/users/{id}", {
						params: { path: { id: user.id }, header: { "if-match": etagOf(user) } },
						body: { disabled: true },
					})
				)?.disabledAt !== null
			);
		},
		signOut: async () => session?.DELETE("/v1/sessions/current"),
		listArticles: async ({ reader }: Clients) =>
			(await reader.GET("/v1/articles", { params: { query: { section: "japan", tag: "g20", limit: 5 } } }))
				.items[0]?.slug,
		listPopularArticles: async ({ reader }: Clients) =>
			Array.isArray((await reader.GET("/v1/articles/popular")).items),
		getArticle: async ({ reader }: Clients) => (await reader.GET("/v1/articles/{slug}", slug)).headline,
		recordArticleView: async ({ reader }: Clients) => reader.POST("/v1/articles/{slug}/views", slug),
		createArticle: async ({ editor }: Clients) => {
			const { id, version, shortCode, ...fields } = materaArticle;
			const created = await editor.POST("/v1/articles", {
				body: { ...fields, slug: "client-article", headline: "An article written through the client" },
				params: { header: { "idempotency-key": "client-article" } },
			});
			article = created;
			return created.slug;
		},
		updateArticle: async ({ editor }: Clients) => {
			if (!article) throw new Error("createArticle runs first");
			article = await editor.PATCH("/v1/articles/{slug}", {
				params: { path: { slug: article.slug }, header: { "if-match": etagOf(article) } },
				body: { standfirst: "Changed through the typed client" },
			});
			return article.version;
		},
		deleteArticle: async ({ admin }: Clients) => {
			if (!article) throw new Error("createArticle runs first");
			return admin.DELETE("/v1/articles/{slug}", {
				params: { path: { slug: article.slug }, header: { "if-match": etagOf(article) } },
			});
		},
		listMeetings: async ({ reader }: Clients) =>
			(await reader.GET("/v1/meetings", { params: { query: { diplomat: "motegi-toshimitsu" } } })).items
				.length,
		getMeeting: async ({ reader }: Clients) => {
			const [first] = (await reader.GET("/v1/meetings", { params: { query: { limit: 1 } } })).items;
			return (await reader.GET("/v1/meetings/{id}", { params: { path: { id: first?.id ?? "" } } })).review;
		},
		importPage: async ({ editor }: Clients) => {
			const result = await editor.POST("/v1/import", {
				params: { query: { zone: "Europe/Vienna" } },
				body: PAGE,
				bodySerializer: (body: string) => body,
				headers: { "content-type": "text/plain" },
			});
			proposed = result.meetings[0]?.meeting;
			return [result.article.status, result.meetings.length];
		},
		listProposals: async ({ editor }: Clients) =>
			(await editor.GET("/v1/proposals")).items.some((item) => item.meeting.id === proposed?.id),
		saveMeeting: async ({ editor }: Clients) => {
			const meeting = await editor.POST("/v1/meetings", {
				body: {
					date: { year: 2024, month: 5, day: 10, precision: "day" },
					format: "in_person",
					participants: [
						{ kind: "diplomat", diplomatId: "motegi-toshimitsu" },
						{ kind: "delegation", country: "IS" },
					],
					review: "proposed",
				},
			});
			rejectable = meeting;
			return meeting.review;
		},
		updateMeeting: async ({ editor }: Clients) => {
			if (!rejectable) throw new Error("saveMeeting runs first");
			rejectable = await editor.PATCH("/v1/meetings/{id}", {
				params: { path: { id: rejectable.id }, header: { "if-match": etagOf(rejectable) } },
				body: { topics: ["fisheries"] },
			});
			return rejectable.version;
		},
		confirmMeeting: async ({ editor }: Clients) =>
			(await editor.POST("/v1/meetings/{id}/confirm", { params: { path: { id: proposed?.id ?? "" } } }))
				.review,
		rejectMeeting: async ({ editor }: Clients) => {
			if (!rejectable) throw new Error("saveMeeting runs first");
			const rejected = await editor.POST("/v1/meetings/{id}/reject", {
				params: { path: { id: rejectable.id } },
				body: { reason: "the ministers spoke at a press event, not in a meeting" },
			});
			rejectable = rejected;
			return rejected.review;
		},
		deleteMeeting: async ({ admin }: Clients) => {
			if (!rejectable) throw new Error("saveMeeting runs first");
			return admin.DELETE("/v1/meetings/{id}", {
				params: { path: { id: rejectable.id }, header: { "if-match": etagOf(rejectable) } },
			});
		},
		listDiplomats: async ({ reader }: Clients) =>
			(await reader.GET("/v1/diplomats", { params: { query: { q: "Motegi" } } })).items.map((d) => d.id),
		getDiplomat: async ({ reader }: Clients) =>
			(await reader.GET("/v1/diplomats/{id}", { params: { path: { id: "motegi-toshimitsu" } } })).country,
		listCounterparts: async ({ reader }: Clients) =>
			(
				await reader.GET("/v1/diplomats/{id}/counterparts", {
					params: { path: { id: "motegi-toshimitsu" } },
				})
			).items.length,
		createDiplomat: async ({ editor }: Clients) => {
			diplomat = await editor.POST("/v1/diplomats", {
				body: {
					name: { given: "Arvid", family: "Client", order: "given-first", aliases: [] },
					country: "SE",
				},
			});
			return diplomat.version;
		},
		updateDiplomat: async ({ editor }: Clients) => {
			if (!diplomat) throw new Error("createDiplomat runs first");
			diplomat = await editor.PATCH("/v1/diplomats/{id}", {
				params: { path: { id: diplomat.id }, header: { "if-match": etagOf(diplomat) } },
				body: { name: { given: "Arvid", family: "Klient", order: "given-first", aliases: [] } },
			});
			return diplomat.version;
		},
		deleteDiplomat: async ({ admin }: Clients) => {
			if (!diplomat) throw new Error("createDiplomat runs first");
			return admin.DELETE("/v1/diplomats/{id}", {
				params: { path: { id: diplomat.id }, header: { "if-match": etagOf(diplomat) } },
			});
		},
		listOccasions: async ({ reader }: Clients) => (await reader.GET("/v1/occasions")).items.length,
		getOccasion: async ({ reader }: Clients) =>
			(await reader.GET("/v1/occasions/{id}", { params: { path: { id: "g20-fmm-matera-2021" } } })).pairs
				.length,
		createOccasion: async ({ editor }: Clients) => {
			const input = { slug: "client-summit", name: "Client summit", start: "2022-01-01" };
			const headers = { params: { header: { "idempotency-key": "client-1" } } };
			occasion = await editor.POST("/v1/occasions", { body: input, ...headers });
			const again = await editor.POST("/v1/occasions", { body: input, ...headers });
			return again.id === occasion.id;
		},
		updateOccasion: async ({ editor }: Clients) => {
			if (!occasion) throw new Error("createOccasion runs first");
			const stale = occasion;
			occasion = await editor.PATCH("/v1/occasions/{id}", {
				params: { path: { id: occasion.id }, header: { "if-match": etagOf(occasion) } },
				body: { name: "Client summit, renamed" },
			});
			const conflict = await editor
				.PATCH("/v1/occasions/{id}", {
					params: { path: { id: stale.id }, header: { "if-match": etagOf(stale) } },
					body: { name: "Stale" },
				})
				.catch(failure);
			return [occasion.version, conflict];
		},
		deleteOccasion: async ({ admin }: Clients) => {
			if (!occasion) throw new Error("createOccasion runs first");
			return admin.DELETE("/v1/occasions/{id}", {
				params: { path: { id: occasion.id }, header: { "if-match": etagOf(occasion) } },
			});
		},
		listSections: async ({ reader }: Clients) =>
			(await reader.GET("/v1/sections")).items.map((section) => section.slug).includes("japan"),
		search: async ({ reader }: Clients) =>
			(await reader.GET("/v1/search", { params: { query: { q: "Motegi" } } })).diplomats.map((d) => d.id),
		followShortLink: async ({ reader }: Clients) =>
			reader.GET("/s/{code}", { params: { path: { code: "zzzzzz" } } }).catch(failure),
		liveness: async ({ reader }: Clients) => (await reader.GET("/healthz")).status,
		readiness: async ({ reader }: Clients) => (await reader.GET("/readyz")).status,
		getOpenApiDocument: async ({ reader }: Clients) =>
			Object.keys(await reader.GET("/openapi.json")).length > 0,
		getReferencePage: async ({ reader }: Clients) =>
			typeof (await reader.GET("/docs", { parseAs: "text" })) === "string",
		getReferenceAsset: async ({ reader }: Clients) =>
			(await reader.GET("/docs/assets/{file}", { params: { path: { file: "init.js" } }, parseAs: "text" }))
				.length > 0,
		splitMeeting: async ({ editor }: Clients) => {
			const three = await editor.POST("/v1/meetings", {
				body: {
					participants: [
						{ kind: "diplomat", diplomatId: "luigi-di-maio" },
						{ kind: "delegation", country: "NO" },
						{ kind: "delegation", country: "SE" },
					],
					date: { year: 2023, month: 2, day: 14, precision: "day" },
					format: "in_person",
				},
			});
			const [italy, norway, sweden] = three.participants;
			if (!italy || !norway || !sweden) throw new Error("the meeting keeps its three parties");
			const { items } = await editor.POST("/v1/meetings/{id}/split", {
				params: { path: { id: three.id } },
				body: { parts: [{ participants: [italy, norway] }, { participants: [italy, sweden] }] },
			});
			parts = items.map(({ meeting }) => meeting);
			return items.map(({ meeting }) => meeting.participants.length);
		},
		listMeetingCandidates: async ({ editor }: Clients) =>
			(
				await editor.GET("/v1/meetings/{id}/candidates", { params: { path: { id: parts[0]?.id ?? "" } } })
			).items.find((item) => item.meeting.id === parts[1]?.id)?.sharedParties,
		mergeMeeting: async ({ editor }: Clients) => {
			const [first, second] = parts;
			if (!first || !second) throw new Error("splitMeeting runs first");
			const merged = await editor.POST("/v1/meetings/{id}/merge", {
				params: { path: { id: second.id }, header: { "if-match": etagOf(second) } },
				body: { into: first.id, intoVersion: first.version },
			});
			return merged.participants.length;
		},
		mergeDiplomat: async ({ editor }: Clients) => {
			const name = { given: "Marta", family: "Kowal", order: "given-first" as const, aliases: [] };
			const kept = await editor.POST("/v1/diplomats", { body: { name, country: "PL" } });
			const twin = await editor.POST("/v1/diplomats", { body: { name, country: "PL" } });
			const merged = await editor.POST("/v1/diplomats/{id}/merge", {
				params: { path: { id: twin.id }, header: { "if-match": etagOf(twin) } },
				body: { into: kept.id },
			});
			return merged.id === kept.id;
		},
		listHistory: async ({ editor }: Clients) => {
			if (!rejectable) throw new Error("rejectMeeting runs first");
			const { items } = await editor.GET("/v1/history", {
				params: { query: { subject: `meeting:${rejectable.id}` } },
			});
			return items.map((event) => [event.action, event.reason]);
		},
	} satisfies Record<keyof operations, (clients: Clients) => Promise<unknown>>;
}

const EXPECTED: Record<keyof operations, unknown> = {
	signIn: "admin",
	getCurrentSession: DESK_EMAIL,
	listUsers: [DESK_EMAIL],
	createUser: "editor",
	updateUser: true,
	signOut: undefined,
	splitMeeting: [2, 2],
	listMeetingCandidates: 1,
	mergeMeeting: 3,
	mergeDiplomat: true,
	listHistory: [
		["delete", null],
		["reject", "the ministers spoke at a press event, not in a meeting"],
		["edit", null],
	],
	listArticles: materaArticle.slug,
	listPopularArticles: true,
	getArticle: materaArticle.headline,
	recordArticleView: undefined,
	createArticle: "client-article",
	updateArticle: 2,
	deleteArticle: undefined,
	listMeetings: 3,
	getMeeting: "confirmed",
	importPage: ["draft", 1],
	listProposals: true,
	saveMeeting: "proposed",
	updateMeeting: 2,
	confirmMeeting: "confirmed",
	rejectMeeting: "rejected",
	deleteMeeting: undefined,
	listDiplomats: ["motegi-toshimitsu"],
	getDiplomat: "JP",
	listCounterparts: 3,
	createDiplomat: 1,
	updateDiplomat: 2,
	deleteDiplomat: undefined,
	listOccasions: demoRecords.occasions.length,
	getOccasion: 3,
	createOccasion: true,
	updateOccasion: [2, { status: 412, problemStatus: 412 }],
	deleteOccasion: undefined,
	listSections: true,
	search: ["motegi-toshimitsu"],
	followShortLink: { status: 404, problemStatus: 404 },
	liveness: "ok",
	readiness: "ok",
	getOpenApiDocument: true,
	getReferencePage: true,
	getReferenceAsset: true,
};

describe("the typed client (derived from the OpenAPI document)", () => {
	let api: TestApi;
	let clients: Clients;
	beforeAll(async () => {
		api = await startApi("sqlite", { importer: importPage, scalarBundle: loadScalarBundle });
		const token = async (scope: "write" | "admin") =>
			(await api.key([scope])).authorization.slice("Bearer ".length);
		await api.store.users.create({
			email: DESK_EMAIL,
			name: "Desk Admin",
			role: "admin",
			password: DESK_PASSWORD,
		});
		clients = {
			baseUrl: api.url,
			reader: createClient({ baseUrl: api.url }),
			editor: createClient({ baseUrl: api.url, token: await token("write") }),
			admin: createClient({ baseUrl: `${api.url}/`, token: await token("admin") }),
		};
	});
	afterAll(async () => {
		expect(api.logged).toEqual([]);
		await api.close();
	});

	it("has a typed call for every operation the server documents, and each one works", async () => {
		const document = await jsonOf(await api.fetch("/openapi.json"));
		const documented = Object.values(
			document.paths as Record<string, Record<string, { operationId: string }>>,
		)
			.flatMap((item) => Object.values(item).map((operation) => operation.operationId))
			.sort();
		const calls = exercises();
		expect(Object.keys(calls).sort()).toEqual(documented);
		const results: Record<string, unknown> = {};
		for (const [operation, call] of Object.entries(calls)) results[operation] = await call(clients);
		expect(results).toEqual(EXPECTED);
	});

	it("throws ApiError carrying the problem+json, and uses the fetch it is given", async () => {
		const error = await clients.reader
			.GET("/v1/diplomats/{id}", { params: { path: { id: "nobody" } } })
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).problem?.type).toBe("tag:sidelines.dev,2026:problem:not-found");
		expect((error as ApiError).response.headers.get("content-type")).toBe("application/problem+json");
		await expect(
			clients.reader.POST("/v1/occasions", { body: { slug: "x", name: "X", start: "2022-01-01" } }),
		).rejects.toMatchObject({ status: 401, problem: { status: 401 } });

		const seen: string[] = [];
		const traced = createClient({
			baseUrl: "http://sidelines.test",
			fetch: async (request) => {
				seen.push(`${request.method} ${request.url} ${request.headers.get("authorization")}`);
				return api.app.request(new URL(request.url).pathname, request);
			},
		});
		const article = await traced.GET("/v1/articles/{slug}", {
			params: { path: { slug: materaArticle.slug } },
		});
		expect(article.id).toBe(materaArticle.id);
		expect(seen).toEqual([`GET http://sidelines.test/v1/articles/${materaArticle.slug} null`]);
	});
});
