import { isSlug } from "@sidelines/domain";
import type { Context, MiddlewareHandler } from "hono";
import { noneMatch } from "../middleware/etag.js";
import type { ArticleCache, CachedArticle } from "./article-cache.js";
import {
	answerResponse,
	type LaneAnswer,
	type PublicRequest,
	pathAndQuery,
	publicHeaders,
} from "./public-answer.js";
import type { AppEnv } from "./types.js";

/** What the lane needs to know of a `GET /v1/articles/{slug}`, read from Hono's context or Node's request. */
export interface LaneRequest extends PublicRequest {
	/** Whether an Authorization header was sent (key holders get private answers from the app). */
	authorized: boolean;
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
	return {
		ok: { status: 200, headers: publicHeaders(false, entry.etag, body.length), body },
		okHttps: { status: 200, headers: publicHeaders(true, entry.etag, body.length), body },
		notModified: { status: 304, headers: publicHeaders(false, entry.etag), body: undefined },
		notModifiedHttps: { status: 304, headers: publicHeaders(true, entry.etag), body: undefined },
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

const ARTICLE_PREFIX = "/v1/articles/";

/** The slug a request's path and query name when they are `/v1/articles/{slug}` and nothing more. */
export function laneSlug(target: string): string | undefined {
	if (!target.startsWith(ARTICLE_PREFIX)) return undefined;
	let slug = target.slice(ARTICLE_PREFIX.length);
	if (slug.includes("%")) {
		try {
			slug = decodeURIComponent(slug);
		} catch {
			return undefined;
		}
	}
	return isSlug(slug) ? slug : undefined;
}

/**
 * The lane as the app's first middleware (on Workers, and for what the Node listener passes on): a fresh
 * cached article answers before the header middleware, validation and the route run.
 */
export function articleLane(
	cache: ArticleCache,
	isHttps: (c: Context) => boolean,
): MiddlewareHandler<AppEnv> {
	return async function lane(c, next) {
		const slug = c.req.method === "GET" ? laneSlug(pathAndQuery(c.req.url)) : undefined;
		if (slug !== undefined) {
			const answer = articleAnswer(cache, slug, {
				authorized: c.req.header("authorization") !== undefined,
				ifNoneMatch: c.req.header("if-none-match"),
				https: isHttps(c as unknown as Context),
			});
			if (answer) return answerResponse(answer);
		}
		return next();
	};
}
