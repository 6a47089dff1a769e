import { defineMiddleware } from "astro:middleware";
import { createHash } from "node:crypto";
import { env } from "./env.js";
import { createReader } from "./lib/api.js";
import { deskRequest, isDeskPath } from "./lib/desk/guard.js";

/*
 * Every response: security headers and a Content-Security-Policy with no inline scripts or styles.
 * Successful pages and feeds: a strong ETag answered with 304, and a short shared cache life so a
 * CDN absorbs bursts while a publish or an edit still shows within a minute (20 s fresh + 30 s stale).
 */
const CSP = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' https: data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	"content-security-policy": CSP,
	"x-content-type-options": "nosniff",
	"referrer-policy": "strict-origin-when-cross-origin",
	"permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
	"cross-origin-opener-policy": "same-origin",
};

/** Fresh for 20 s at shared caches, then served stale for at most 30 s while one request refreshes it. */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=20, stale-while-revalidate=30";

const matches = (ifNoneMatch: string | null, etag: string) =>
	(ifNoneMatch ?? "")
		.split(",")
		.some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}` || tag.trim() === "*");

const withSecurityHeaders = (headers: Headers) => {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
	return headers;
};

export const onRequest = defineMiddleware(async (context, next) => {
	context.locals.reader = createReader(env.apiUrl);
	// The desk is private and per person: no ETag, no shared cache, its own guard. Public pages never read its cookie.
	if (isDeskPath(context.url.pathname)) {
		const response = await deskRequest(context, next);
		const headers = withSecurityHeaders(new Headers(response.headers));
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	}
	const response = await next();
	const headers = withSecurityHeaders(new Headers(response.headers));
	const method = context.request.method;
	if (response.status !== 200 || (method !== "GET" && method !== "HEAD") || !response.body) {
		if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	}
	const body = new Uint8Array(await response.arrayBuffer());
	const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
	headers.set("etag", etag);
	if (!headers.has("cache-control")) headers.set("cache-control", PAGE_CACHE_CONTROL);
	headers.set("vary", "accept-encoding");
	if (matches(context.request.headers.get("if-none-match"), etag)) {
		headers.delete("content-length");
		headers.delete("content-type");
		return new Response(null, { status: 304, headers });
	}
	headers.set("content-length", String(body.byteLength));
	return new Response(body, { status: 200, headers });
});
