import type {
	Article,
	ArticleCreate,
	ArticleUpdate,
	Diplomat,
	DiplomatCreate,
	DiplomatUpdate,
	Meeting,
	MeetingCreate,
	MeetingUpdate,
	Occasion,
	OccasionCreate,
	OccasionUpdate,
	Section,
} from "@sidelines/domain";
import type { z } from "zod";
import type {
	ArticleQuery,
	Counterparts,
	DiplomatQuery,
	MeetingQuery,
	OccasionDetail,
	PageQuery,
	PopularArticles,
	PopularQuery,
	SearchResults,
} from "./http/schemas.js";
import type { ProblemDetails } from "./middleware/problem.js";

/** One page of a list; pass `nextCursor` back as `cursor` for the next one. */
export interface Page<T> {
	items: T[];
	nextCursor: string | null;
}

export type ArticleFilter = Partial<z.output<typeof ArticleQuery>>;
export type MeetingFilter = Partial<z.output<typeof MeetingQuery>>;
export type DiplomatFilter = Partial<z.output<typeof DiplomatQuery>>;
export type PageFilter = Partial<z.output<typeof PageQuery>>;
export type { ProblemDetails };

/** A non-2xx answer, with the RFC 9457 problem the API sent. */
export class ApiError extends Error {
	override readonly name = "ApiError";
	constructor(
		readonly status: number,
		readonly problem: ProblemDetails | undefined,
	) {
		super(problem ? `${status} ${problem.title}: ${problem.detail}` : `HTTP ${status}`);
	}
}

export interface ClientOptions {
	/** e.g. `https://api.example.org` (no trailing /v1). */
	baseUrl: string;
	/** API key for writes (`sidelines keys create`). */
	token?: string;
	/** A fetch to use instead of the global one (tests, Workers service bindings). */
	fetch?: (request: Request) => Promise<Response>;
}

/** The strong ETag of a stored record, for If-Match: `"<id>:v<version>"`. */
export const etagOf = (record: { id: string; version: number }) => `"${record.id}:v${record.version}"`;

type Query = Record<string, string | number | undefined>;

/**
 * A small typed client for the Sidelines API, usable in browsers, Node and Workers.
 * @example
 * const api = createClient({ baseUrl: "http://localhost:8787" });
 * const { items } = await api.meetings.list({ diplomat: "motegi-toshimitsu" });
 */
export function createClient({
	baseUrl,
	token,
	fetch: fetcher = (request) => fetch(request),
}: ClientOptions) {
	const root = baseUrl.replace(/\/+$/, "");

	async function call<T>(
		method: string,
		path: string,
		{ query, body, headers = {} }: { query?: Query; body?: unknown; headers?: Record<string, string> } = {},
	): Promise<T> {
		const url = new URL(`${root}${path}`);
		for (const [name, value] of Object.entries(query ?? {}))
			if (value !== undefined) url.searchParams.set(name, String(value));
		const request = new Request(url, {
			method,
			headers: {
				accept: "application/json",
				...(token ? { authorization: `Bearer ${token}` } : {}),
				...(body !== undefined ? { "content-type": "application/json" } : {}),
				...headers,
			},
			...(body !== undefined ? { body: JSON.stringify(body) } : {}),
		});
		const response = await fetcher(request);
		if (!response.ok) {
			const problem = response.headers.get("content-type")?.includes("json")
				? ((await response.json().catch(() => undefined)) as ProblemDetails | undefined)
				: undefined;
			throw new ApiError(response.status, problem);
		}
		return (response.status === 204 ? undefined : await response.json()) as T;
	}

	const segment = encodeURIComponent;
	const write = (options: { idempotencyKey?: string } = {}): Record<string, string> =>
		options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {};
	const ifMatch = (etag: string) => ({ "if-match": etag });

	return {
		articles: {
			list: (filter: ArticleFilter = {}) => call<Page<Article>>("GET", "/v1/articles", { query: filter }),
			get: (slug: string) => call<Article>("GET", `/v1/articles/${segment(slug)}`),
			popular: (query: Partial<z.output<typeof PopularQuery>> = {}) =>
				call<z.infer<typeof PopularArticles>>("GET", "/v1/articles/popular", { query: query as Query }),
			recordView: (slug: string) => call<void>("POST", `/v1/articles/${segment(slug)}/views`),
			create: (input: ArticleCreate, options?: { idempotencyKey?: string }) =>
				call<Article>("POST", "/v1/articles", { body: input, headers: write(options) }),
			update: (slug: string, patch: ArticleUpdate, etag: string) =>
				call<Article>("PATCH", `/v1/articles/${segment(slug)}`, { body: patch, headers: ifMatch(etag) }),
			delete: (slug: string, etag: string) =>
				call<void>("DELETE", `/v1/articles/${segment(slug)}`, { headers: ifMatch(etag) }),
		},
		meetings: {
			list: (filter: MeetingFilter = {}) => call<Page<Meeting>>("GET", "/v1/meetings", { query: filter }),
			get: (id: string) => call<Meeting>("GET", `/v1/meetings/${segment(id)}`),
			create: (input: MeetingCreate, options?: { idempotencyKey?: string }) =>
				call<Meeting>("POST", "/v1/meetings", { body: input, headers: write(options) }),
			update: (id: string, patch: MeetingUpdate, etag: string) =>
				call<Meeting>("PATCH", `/v1/meetings/${segment(id)}`, { body: patch, headers: ifMatch(etag) }),
			delete: (id: string, etag: string) =>
				call<void>("DELETE", `/v1/meetings/${segment(id)}`, { headers: ifMatch(etag) }),
			confirm: (id: string) => call<Meeting>("POST", `/v1/meetings/${segment(id)}/confirm`),
			reject: (id: string) => call<Meeting>("POST", `/v1/meetings/${segment(id)}/reject`),
		},
		diplomats: {
			list: (filter: DiplomatFilter = {}) => call<Page<Diplomat>>("GET", "/v1/diplomats", { query: filter }),
			get: (id: string) => call<Diplomat>("GET", `/v1/diplomats/${segment(id)}`),
			counterparts: (id: string) =>
				call<z.infer<typeof Counterparts>>("GET", `/v1/diplomats/${segment(id)}/counterparts`),
			create: (input: DiplomatCreate, options?: { idempotencyKey?: string }) =>
				call<Diplomat>("POST", "/v1/diplomats", { body: input, headers: write(options) }),
			update: (id: string, patch: DiplomatUpdate, etag: string) =>
				call<Diplomat>("PATCH", `/v1/diplomats/${segment(id)}`, { body: patch, headers: ifMatch(etag) }),
			delete: (id: string, etag: string) =>
				call<void>("DELETE", `/v1/diplomats/${segment(id)}`, { headers: ifMatch(etag) }),
		},
		occasions: {
			list: (filter: PageFilter = {}) => call<Page<Occasion>>("GET", "/v1/occasions", { query: filter }),
			get: (id: string) => call<z.infer<typeof OccasionDetail>>("GET", `/v1/occasions/${segment(id)}`),
			create: (input: OccasionCreate, options?: { idempotencyKey?: string }) =>
				call<Occasion>("POST", "/v1/occasions", { body: input, headers: write(options) }),
			update: (id: string, patch: OccasionUpdate, etag: string) =>
				call<Occasion>("PATCH", `/v1/occasions/${segment(id)}`, { body: patch, headers: ifMatch(etag) }),
			delete: (id: string, etag: string) =>
				call<void>("DELETE", `/v1/occasions/${segment(id)}`, { headers: ifMatch(etag) }),
		},
		sections: {
			list: () => call<{ items: Section[] }>("GET", "/v1/sections"),
		},
		search: (q: string, limit?: number) =>
			call<z.infer<typeof SearchResults>>("GET", "/v1/search", { query: { q, limit } }),
	};
}

/** The client `createClient` returns. */
export type SidelinesClient = ReturnType<typeof createClient>;
