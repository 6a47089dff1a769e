import { READ_CORS_HEADERS } from "../middleware/cors.js";
import { noneMatch, PUBLIC_CACHE } from "../middleware/etag.js";
import { secureHeadersFor } from "../middleware/secure-headers.js";

/** What an anonymous public read's answer depends on, of the request. */
export interface PublicRequest {
	ifNoneMatch: string | undefined;
	https: boolean;
}

/** A complete answer: status, every header (Content-Length included) and the body of a 200. */
export interface LaneAnswer {
	status: 200 | 304;
	headers: Readonly<Record<string, string>>;
	body: Uint8Array<ArrayBuffer> | undefined;
}

/** Stand-ins for the two values that change from answer to answer. */
const ETAG = "\0etag";
const LENGTH = "\0length";
/** The headers of {@link publicHeaders} in name order, sorted once. */
const templateOf = (https: boolean, withBody: boolean): [string, string][] =>
	Object.entries({
		...secureHeadersFor(https),
		...READ_CORS_HEADERS,
		"cache-control": PUBLIC_CACHE,
		vary: "Authorization",
		etag: ETAG,
		...(withBody ? { "content-type": "application/json", "content-length": LENGTH } : {}),
	}).sort(([a], [b]) => (a < b ? -1 : 1));
/** Built on first use: this module and the middleware it reads constants from import each other. */
let templates: Record<"http" | "https", Record<"ok" | "notModified", [string, string][]>> | undefined;
const templatesNow = () =>
	(templates ??= {
		http: { ok: templateOf(false, true), notModified: templateOf(false, false) },
		https: { ok: templateOf(true, true), notModified: templateOf(true, false) },
	});

/**
 * Every header of an anonymous public read, as the app's middleware would leave them (security headers, HSTS
 * over https, read CORS, public Cache-Control, Vary, ETag), in name order as a Fetch `Headers` lists them, so
 * a Node listener writing this object sends the same bytes as the app. Content-Type and Content-Length for a
 * 200 of `length` bytes.
 */
export function publicHeaders(https: boolean, etag: string, length?: number): Record<string, string> {
	const template = templatesNow()[https ? "https" : "http"][length === undefined ? "notModified" : "ok"];
	const headers: Record<string, string> = {};
	for (const [name, value] of template)
		headers[name] = value === ETAG ? etag : value === LENGTH ? String(length) : value;
	return headers;
}

/** The anonymous public read of `body` (JSON bytes) tagged `etag`: a 304 when If-None-Match names it, else a 200. */
export function publicAnswer(
	body: Uint8Array<ArrayBuffer>,
	etag: string,
	request: PublicRequest,
): LaneAnswer {
	return noneMatch(request.ifNoneMatch, etag)
		? { status: 304, headers: publicHeaders(request.https, etag), body: undefined }
		: { status: 200, headers: publicHeaders(request.https, etag, body.length), body };
}

/**
 * Responses built whole from a {@link LaneAnswer}: the header middleware (security, CORS, conditional GET)
 * leave them as they are instead of reading and rewriting every header again.
 */
const finished = new WeakMap<Response, LaneAnswer>();

/** The answer as a Fetch Response, marked finished (see {@link isFinished}). */
export function answerResponse(answer: LaneAnswer): Response {
	const response = new Response(answer.body, { status: answer.status, headers: answer.headers });
	finished.set(response, answer);
	return response;
}

/** Whether `response` already carries every header the middleware would add. */
export const isFinished = (response: Response): boolean => finished.has(response);

/** The answer a finished response was built from, to keep its bytes without reading the response's body. */
export const answerOf = (response: Response): LaneAnswer | undefined => finished.get(response);

/** The path and query of a request's absolute URL (what caches key answers by). */
export const pathAndQuery = (url: string): string => url.slice(url.indexOf("/", url.indexOf("//") + 2));
