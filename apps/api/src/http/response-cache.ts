import { keepNewest } from "./keep-newest.js";

/** One public read's answer, as the app sent it. */
export interface CachedResponse {
	status: number;
	headers: Readonly<Record<string, string>>;
	body: Buffer;
	etag: string | undefined;
	storedAt: number;
}

/** The anonymous reads worth keeping: lists, search, diplomats, occasions (articles have their own lane). */
const CACHED_PATHS = /^\/v1\/(?:meetings|search|diplomats|occasions|sections|articles\?)/;

/**
 * The answers of anonymous public GETs (status, every header, body) keyed by path and query, so a repeated
 * read skips routing, validation, the store and serialization. The bound: an answer is served for at most
 * `freshMs` after the app produced it; then the app answers again. A successful write through this instance
 * empties the cache at once; a write through another instance (another process, or another machine on the
 * same PostgreSQL) is visible here within `freshMs` (1 s by default, well inside the responses' public
 * Cache-Control, which lets any CDN keep them for a minute anyway).
 */
export class ResponseCache {
	readonly #entries = new Map<string, CachedResponse>();
	/** Counts `clear()` calls: an answer the app began before a write must not be kept after it. */
	generation = 0;
	constructor(
		readonly maxEntries = 1000,
		readonly freshMs = 1000,
		readonly now: () => number = Date.now,
	) {}

	/** Whether an anonymous GET of `url` (path and query) may be answered from or kept in the cache. */
	static covers(url: string): boolean {
		return CACHED_PATHS.test(url);
	}

	/** The answer for `url` if it may be served without asking the app. */
	fresh(url: string): CachedResponse | undefined {
		const entry = this.#entries.get(url);
		if (entry === undefined) return undefined;
		if (this.now() - entry.storedAt >= this.freshMs) {
			this.#entries.delete(url);
			return undefined;
		}
		return entry;
	}

	/** Keeps a 200 whose Cache-Control is public, made since `generation`; anything else is never kept. */
	remember(url: string, generation: number, status: number, headers: Headers, body: Buffer): void {
		const cacheControl = headers.get("cache-control") ?? "";
		if (
			generation !== this.generation ||
			status !== 200 ||
			!/\bpublic\b/.test(cacheControl) ||
			headers.has("set-cookie")
		)
			return;
		const plain: Record<string, string> = Object.fromEntries(headers);
		plain["content-length"] = String(body.length);
		const entry = { status, headers: plain, body, etag: plain.etag, storedAt: this.now() };
		keepNewest(this.#entries, url, entry, this.maxEntries);
	}

	/** Forgets every answer (after a write through this instance: any list may have changed). */
	clear(): void {
		this.generation += 1;
		this.#entries.clear();
	}
}

type FetchHandler = (request: Request, env?: unknown) => Response | Promise<Response>;

/**
 * Wraps the app's fetch so that anonymous public GETs the cache covers are kept, and every successful write
 * empties the cache. `trustProxy`: requests a trusted proxy marks as https get HSTS, so they are not kept.
 */
export function cachingFetch(fetch: FetchHandler, cache: ResponseCache, trustProxy = false): FetchHandler {
	return async function cachedFetch(request, env) {
		const generation = cache.generation;
		const response = await fetch(request, env);
		const { method, headers } = request;
		if (method === "GET") {
			if (
				response.status === 200 &&
				!headers.has("authorization") &&
				!(trustProxy && headers.get("x-forwarded-proto") === "https")
			) {
				const url = new URL(request.url);
				const key = url.pathname + url.search;
				if (ResponseCache.covers(key)) {
					const body = Buffer.from(await response.clone().arrayBuffer());
					cache.remember(key, generation, response.status, response.headers, body);
				}
			}
		} else if (method !== "HEAD" && method !== "OPTIONS" && response.status < 400) {
			cache.clear();
		}
		return response;
	};
}
