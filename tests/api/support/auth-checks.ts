import type { ApiKeyScope } from "@sidelines/store";
import { beforeAll, expect, it } from "vitest";
import { jsonOf, problemOf } from "./api.js";
import { newArticle, newDiplomat, newMeeting, newOccasion } from "./records.js";
import type { ApiTarget } from "./target.js";

/** A write route: how to build a request that succeeds with the right key (fresh target each time). */
interface WriteRoute {
	name: string;
	scope: ApiKeyScope;
	prepare(api: ApiTarget): Promise<{ method: string; path: string; body?: unknown; ifMatch?: string }>;
}

const created = async (api: ApiTarget, kind: "articles" | "diplomats" | "occasions" | "meetings") => {
	const { authorization } = await api.key(["write"], "setup");
	const body = { articles: newArticle, diplomats: newDiplomat, occasions: newOccasion, meetings: newMeeting }[
		kind
	]();
	const response = await api.fetch(`/v1/${kind}`, {
		method: "POST",
		headers: { authorization, "content-type": "application/json" },
		body: JSON.stringify(body),
	});
	expect(response.status, `setup ${kind}`).toBe(201);
	const record = await jsonOf(response);
	return { ...record, ifMatch: `"${record.id}:v1"` } as { id: string; slug?: string; ifMatch: string };
};

const ROUTES: WriteRoute[] = [
	{
		name: "POST /v1/articles",
		scope: "write",
		prepare: async () => ({ method: "POST", path: "/v1/articles", body: newArticle() }),
	},
	{
		name: "PATCH /v1/articles/{slug}",
		scope: "write",
		prepare: async (api) => {
			const article = await created(api, "articles");
			return {
				method: "PATCH",
				path: `/v1/articles/${article.slug}`,
				body: { headline: "Changed" },
				ifMatch: article.ifMatch,
			};
		},
	},
	{
		name: "DELETE /v1/articles/{slug}",
		scope: "admin",
		prepare: async (api) => {
			const article = await created(api, "articles");
			return { method: "DELETE", path: `/v1/articles/${article.slug}`, ifMatch: article.ifMatch };
		},
	},
	{
		name: "POST /v1/meetings",
		scope: "write",
		prepare: async () => ({ method: "POST", path: "/v1/meetings", body: newMeeting() }),
	},
	{
		name: "PATCH /v1/meetings/{id}",
		scope: "write",
		prepare: async (api) => {
			const meeting = await created(api, "meetings");
			return {
				method: "PATCH",
				path: `/v1/meetings/${meeting.id}`,
				body: { topics: ["trade"] },
				ifMatch: meeting.ifMatch,
			};
		},
	},
	{
		name: "DELETE /v1/meetings/{id}",
		scope: "admin",
		prepare: async (api) => {
			const meeting = await created(api, "meetings");
			return { method: "DELETE", path: `/v1/meetings/${meeting.id}`, ifMatch: meeting.ifMatch };
		},
	},
	{
		name: "POST /v1/meetings/{id}/confirm",
		scope: "write",
		prepare: async (api) => ({
			method: "POST",
			path: `/v1/meetings/${(await created(api, "meetings")).id}/confirm`,
		}),
	},
	{
		name: "POST /v1/meetings/{id}/reject",
		scope: "write",
		prepare: async (api) => ({
			method: "POST",
			path: `/v1/meetings/${(await created(api, "meetings")).id}/reject`,
			body: { reason: "not a meeting" },
		}),
	},
	{
		name: "POST /v1/diplomats",
		scope: "write",
		prepare: async () => ({ method: "POST", path: "/v1/diplomats", body: newDiplomat() }),
	},
	{
		name: "PATCH /v1/diplomats/{id}",
		scope: "write",
		prepare: async (api) => {
			const diplomat = await created(api, "diplomats");
			return {
				method: "PATCH",
				path: `/v1/diplomats/${diplomat.id}`,
				body: { country: "BE" },
				ifMatch: diplomat.ifMatch,
			};
		},
	},
	{
		name: "DELETE /v1/diplomats/{id}",
		scope: "admin",
		prepare: async (api) => {
			const diplomat = await created(api, "diplomats");
			return { method: "DELETE", path: `/v1/diplomats/${diplomat.id}`, ifMatch: diplomat.ifMatch };
		},
	},
	{
		name: "POST /v1/occasions",
		scope: "write",
		prepare: async () => ({ method: "POST", path: "/v1/occasions", body: newOccasion() }),
	},
	{
		name: "PATCH /v1/occasions/{id}",
		scope: "write",
		prepare: async (api) => {
			const occasion = await created(api, "occasions");
			return {
				method: "PATCH",
				path: `/v1/occasions/${occasion.id}`,
				body: { name: "Renamed summit" },
				ifMatch: occasion.ifMatch,
			};
		},
	},
	{
		name: "DELETE /v1/occasions/{id}",
		scope: "admin",
		prepare: async (api) => {
			const occasion = await created(api, "occasions");
			return { method: "DELETE", path: `/v1/occasions/${occasion.id}`, ifMatch: occasion.ifMatch };
		},
	},
];

type Credential = "none" | "malformed" | "unknown" | "revoked" | "insufficient scope" | "right scope";
const CREDENTIALS: Credential[] = [
	"none",
	"malformed",
	"unknown",
	"revoked",
	"insufficient scope",
	"right scope",
];
const EXPECTED: Record<Credential, number | "2xx"> = {
	none: 401,
	malformed: 401,
	unknown: 401,
	revoked: 401,
	"insufficient scope": 403,
	"right scope": "2xx",
};

/**
 * Every write route with every kind of credential, on any deployment: 401 without a valid key, 403 with
 * too narrow a scope, 2xx (no-store) with the right one. Call inside a describe; `target()` gives the API.
 */
export function authMatrixChecks(target: () => ApiTarget): void {
	const headers = new Map<string, string | undefined>();
	beforeAll(async () => {
		const api = target();
		const revoked = await api.key(["admin"], "revoked");
		await api.store.apiKeys.revoke(revoked.id);
		headers.set("none", undefined);
		headers.set("malformed", "Token sl_not-a-bearer");
		headers.set("unknown", "Bearer sl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		headers.set("revoked", revoked.authorization);
		headers.set("write", (await api.key(["write"], "desk")).authorization);
		headers.set("admin", (await api.key(["admin"], "ops")).authorization);
		headers.set("scopeless", (await api.key([], "read-only")).authorization);
	});

	const cases = ROUTES.flatMap((route) =>
		CREDENTIALS.map((credential) => [route.name, credential, route] as const),
	);
	it.each(cases)("%s with %s", async (_name, credential, route) => {
		const api = target();
		const request = await route.prepare(api);
		const authorization =
			credential === "right scope"
				? headers.get(route.scope)
				: credential === "insufficient scope"
					? headers.get(route.scope === "admin" ? "write" : "scopeless")
					: headers.get(credential);
		const response = await api.fetch(request.path, {
			method: request.method,
			headers: {
				...(authorization ? { authorization } : {}),
				...(request.body === undefined ? {} : { "content-type": "application/json" }),
				...(request.ifMatch ? { "if-match": request.ifMatch } : {}),
			},
			...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
		});
		const expected = EXPECTED[credential];
		if (expected === "2xx") {
			expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(200);
			expect(response.status).toBeLessThan(300);
			expect(response.headers.get("cache-control")).toBe("no-store");
		} else {
			const problem = await problemOf(response);
			expect(problem.status).toBe(expected);
			expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="sidelines"/);
		}
	});

	it("records when a key was last used and never stores the token", async () => {
		const api = target();
		const { id, authorization } = await api.key(["write"], "touch");
		expect((await api.store.apiKeys.list()).find((key) => key.id === id)?.lastUsedAt).toBeNull();
		await api.fetch("/v1/occasions", {
			method: "POST",
			headers: { authorization, "content-type": "application/json" },
			body: JSON.stringify(newOccasion()),
		});
		const key = (await api.store.apiKeys.list()).find((candidate) => candidate.id === id);
		expect(key?.lastUsedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(JSON.stringify(key)).not.toContain(authorization.slice("Bearer ".length));
	});
}
