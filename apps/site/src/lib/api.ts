import { ApiError, createClient, type operations, type Schemas } from "@sidelines/api/client";
import type { Article, Diplomat, Meeting, Occasion, Section } from "@sidelines/domain";
import { ViewWindow } from "./view-window.js";

// One per process: a reader is counted once per article per window, whichever page render sees them.
const views = new ViewWindow();

/** One page of a list; pass `nextCursor` back as `cursor` for the next one. */
export interface Page<T> {
	items: T[];
	nextCursor: string | null;
}

type QueryOf<Operation extends keyof operations> = NonNullable<operations[Operation]["parameters"]["query"]>;
type ArticleQuery = QueryOf<"listArticles">;
type MeetingQuery = QueryOf<"listMeetings">;
type Counterpart = Schemas["Counterpart"];
type OccasionDetail = Omit<Schemas["OccasionDetail"], "occasion"> & { occasion: Occasion };
type PopularItem = Schemas["PopularArticles"]["items"][number];
export type SearchResults = Omit<Schemas["SearchResults"], "diplomats" | "meetings"> & {
	diplomats: Diplomat[];
	meetings: Meeting[];
};

/**
 * The site's reads of the API for one request, each record fetched at most once. Records come back
 * as the domain's types: the API validated them with the same schemas its document is built from.
 */
export interface Reader {
	sections(): Promise<Section[]>;
	section(slug: string): Promise<Section | undefined>;
	article(slug: string): Promise<Article | undefined>;
	articles(query?: ArticleQuery): Promise<Page<Article>>;
	popular(limit: number): Promise<PopularItem[]>;
	diplomat(id: string): Promise<Diplomat | undefined>;
	/** Diplomats by id, in the order given, skipping any the API does not know. */
	diplomats(ids: readonly string[]): Promise<Diplomat[]>;
	diplomatPage(query: { cursor?: string; limit?: number }): Promise<Page<Diplomat>>;
	counterparts(id: string): Promise<Counterpart[]>;
	meeting(id: string): Promise<Meeting | undefined>;
	meetings(query?: MeetingQuery): Promise<Page<Meeting>>;
	occasion(id: string): Promise<Occasion | undefined>;
	occasionDetail(id: string): Promise<OccasionDetail | undefined>;
	occasions(query: { cursor?: string; limit?: number }): Promise<Page<Occasion>>;
	search(q: string, limit: number): Promise<SearchResults>;
	/** Counts a reader's view, once per reader and article in the site's view window. */
	recordView(slug: string, readerAddress: string | undefined): Promise<void>;
}

/** `undefined` when the API answers 404, the value otherwise; other errors propagate. */
export async function unlessNotFound<T>(read: Promise<T>): Promise<T | undefined> {
	try {
		return await read;
	} catch (error) {
		if (error instanceof ApiError && error.status === 404) return undefined;
		throw error;
	}
}

/** Every item of a paginated list, following cursors up to `maxPages` pages of 100. */
export async function everyItem<T>(
	list: (query: { cursor?: string; limit: number }) => Promise<Page<T>>,
	maxPages = 50,
): Promise<T[]> {
	const items: T[] = [];
	let cursor: string | undefined;
	for (let page = 0; page < maxPages; page++) {
		const result = await list({ limit: 100, ...(cursor ? { cursor } : {}) });
		items.push(...result.items);
		if (!result.nextCursor) break;
		cursor = result.nextCursor;
	}
	return items;
}

function memo<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
	const seen = new Map<string, Promise<T>>();
	return (key) => {
		let value = seen.get(key);
		if (!value) {
			value = read(key);
			seen.set(key, value);
		}
		return value;
	};
}

/**
 * A reader over the API at `apiUrl`; create one per request.
 * @example const reader = createReader("http://localhost:8787"); await reader.sections();
 */
export function createReader(apiUrl: string): Reader {
	const api = createClient({ baseUrl: apiUrl });
	let sections: Promise<Section[]> | undefined;
	const diplomat = memo(
		async (id) =>
			(await unlessNotFound(api.GET("/v1/diplomats/{id}", { params: { path: { id } } }))) as
				| Diplomat
				| undefined,
	);
	const occasionDetail = memo(
		async (id) =>
			(await unlessNotFound(api.GET("/v1/occasions/{id}", { params: { path: { id } } }))) as
				| OccasionDetail
				| undefined,
	);
	const reader: Reader = {
		sections() {
			sections ??= api.GET("/v1/sections").then((list) => list.items as Section[]);
			return sections;
		},
		async section(slug) {
			return (await reader.sections()).find((section) => section.slug === slug);
		},
		article: async (slug) =>
			(await unlessNotFound(api.GET("/v1/articles/{slug}", { params: { path: { slug } } }))) as
				| Article
				| undefined,
		articles: async (query = {}) => (await api.GET("/v1/articles", { params: { query } })) as Page<Article>,
		popular: async (limit) => (await api.GET("/v1/articles/popular", { params: { query: { limit } } })).items,
		diplomat,
		async diplomats(ids) {
			const found = await Promise.all(ids.map((id) => diplomat(id)));
			return found.filter((value): value is Diplomat => value !== undefined);
		},
		diplomatPage: async (query) => (await api.GET("/v1/diplomats", { params: { query } })) as Page<Diplomat>,
		counterparts: async (id) =>
			(await api.GET("/v1/diplomats/{id}/counterparts", { params: { path: { id } } })).items,
		meeting: memo(
			async (id) =>
				(await unlessNotFound(api.GET("/v1/meetings/{id}", { params: { path: { id } } }))) as
					| Meeting
					| undefined,
		),
		meetings: async (query = {}) => (await api.GET("/v1/meetings", { params: { query } })) as Page<Meeting>,
		occasion: async (id) => (await occasionDetail(id))?.occasion,
		occasionDetail,
		occasions: async (query) => (await api.GET("/v1/occasions", { params: { query } })) as Page<Occasion>,
		search: async (q, limit) =>
			(await api.GET("/v1/search", { params: { query: { q, limit } } })) as SearchResults,
		async recordView(slug, readerAddress) {
			if (!views.first(readerAddress ?? "unknown", slug)) return;
			// The reader's address travels as X-Forwarded-For so the API's per-reader limit applies
			// to readers, not to the site (the API runs with TRUST_PROXY behind the site).
			const counting = createClient({
				baseUrl: apiUrl,
				fetch: (request) => {
					if (readerAddress) request.headers.set("x-forwarded-for", readerAddress);
					return fetch(request);
				},
			});
			try {
				await counting.POST("/v1/articles/{slug}/views", { params: { path: { slug } } });
			} catch (error) {
				// 429 is the API saying this reader was counted already in this window.
				if (!(error instanceof ApiError && error.status === 429)) throw error;
			}
		},
	};
	return reader;
}
