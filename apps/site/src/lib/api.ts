import { ApiError, createClient, type Page, type SidelinesClient } from "@sidelines/api/client";
import type { Diplomat, Meeting, Occasion, Section } from "@sidelines/domain";
import { ViewWindow } from "./view-window.js";

// One per process: a reader is counted once per article per window, whichever page render sees them.
const views = new ViewWindow();

/** The site's reads of the API for one request, each record fetched at most once. */
export interface Reader {
	api: SidelinesClient;
	sections(): Promise<Section[]>;
	section(slug: string): Promise<Section | undefined>;
	diplomat(id: string): Promise<Diplomat | undefined>;
	meeting(id: string): Promise<Meeting | undefined>;
	occasion(id: string): Promise<Occasion | undefined>;
	/** Diplomats by id, in the order given, skipping any the API does not know. */
	diplomats(ids: readonly string[]): Promise<Diplomat[]>;
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
	const diplomat = memo((id) => unlessNotFound(api.diplomats.get(id)));
	const reader: Reader = {
		api,
		sections() {
			sections ??= api.sections.list().then((list) => list.items);
			return sections;
		},
		async section(slug) {
			return (await reader.sections()).find((section) => section.slug === slug);
		},
		diplomat,
		meeting: memo((id) => unlessNotFound(api.meetings.get(id))),
		occasion: memo(async (id) => (await unlessNotFound(api.occasions.get(id)))?.occasion),
		async diplomats(ids) {
			const found = await Promise.all(ids.map((id) => diplomat(id)));
			return found.filter((value): value is Diplomat => value !== undefined);
		},
		async recordView(slug, readerAddress) {
			if (!views.first(readerAddress ?? "unknown", slug)) return;
			// The reader's address travels as X-Forwarded-For so the API's per-reader window applies
			// to readers, not to the site (the API runs with TRUST_PROXY behind the site).
			const counting = createClient({
				baseUrl: apiUrl,
				fetch: (request) => {
					if (readerAddress) request.headers.set("x-forwarded-for", readerAddress);
					return fetch(request);
				},
			});
			try {
				await counting.articles.recordView(slug);
			} catch (error) {
				// 429 is the API saying this reader was counted already in this window.
				if (!(error instanceof ApiError && error.status === 429)) throw error;
			}
		},
	};
	return reader;
}
