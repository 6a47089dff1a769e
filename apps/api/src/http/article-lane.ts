import { READ_CORS_HEADERS } from "../middleware/cors.js";
import { noneMatch, PUBLIC_CACHE } from "../middleware/etag.js";
import { secureHeadersFor } from "../middleware/secure-headers.js";
import type { ArticleCache, CachedArticle } from "./article-cache.js";

/** What the lane needs to know of a `GET /v1/articles/{slug}`, read from Hono's context or Node's request. */
export interface LaneRequest {
	/** Whether an Authorization header was sent (key holders get private answers from the app). */
	authorized: boolean;
	ifNoneMatch: string | undefined;
	https: boolean;
}

/** A complete answer: status, every header (Content-Length included) and the body of a 200. */
export interface LaneAnswer {
	status: 200 | 304;
	headers: Readonly<Record<string, string>>;
	body: Uint8Array<ArrayBuffer> | undefined;
}

/** The four answers one cached version can give (200 or 304, over http or https), built once. */
interface Answers {
	ok: LaneAnswer;
	okHttps: LaneAnswer;
	notModified: LaneAnswer;
	notModifiedHttps: LaneAnswer;
}

const answersOf = new WeakMap<CachedArticle, Answers>();
const encoder = new TextEncoder();

function build(entry: CachedArticle): Answers {
	const body = encoder.encode(entry.body);
	// In name order, as a Fetch `Headers` lists them: the Node listener then writes the same bytes as the app.
	const headers = (https: boolean, ok: boolean) =>
		Object.fromEntries(
			Object.entries({
				...secureHeadersFor(https),
				...READ_CORS_HEADERS,
				"cache-control": PUBLIC_CACHE,
				vary: "Authorization",
				etag: entry.etag,
				...(ok ? { "content-type": "application/json", "content-length": String(body.length) } : {}),
			}).sort(([a], [b]) => (a < b ? -1 : 1)),
		);
	return {
		ok: { status: 200, headers: headers(false, true), body },
		okHttps: { status: 200, headers: headers(true, true), body },
		notModified: { status: 304, headers: headers(false, false), body: undefined },
		notModifiedHttps: { status: 304, headers: headers(true, false), body: undefined },
	};
}

/**
 * The hot path of `GET /v1/articles/{slug}`, in one place for the Hono route and the Node listener: whether
 * the request can be answered from the serialized-article cache (an anonymous reader, a fresh entry), and the
 * whole answer if so, with the If-None-Match decision, HSTS, CORS and security headers. Undefined: the app
 * asks the store (a miss, a stale entry, a key holder).
 * @param entry the cache entry to answer from, when the caller has just remembered it
 */
export function articleAnswer(
	cache: ArticleCache,
	slug: string,
	request: LaneRequest,
	entry: CachedArticle | undefined = cache.fresh(slug),
): LaneAnswer | undefined {
	if (request.authorized || entry === undefined) return undefined;
	let answers = answersOf.get(entry);
	if (answers === undefined) {
		answers = build(entry);
		answersOf.set(entry, answers);
	}
	if (noneMatch(request.ifNoneMatch, entry.etag))
		return request.https ? answers.notModifiedHttps : answers.notModified;
	return request.https ? answers.okHttps : answers.ok;
}
