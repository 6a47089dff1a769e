import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { isFinished } from "../http/public-answer.js";
import type { AppEnv } from "../http/types.js";

/** Headers that let any origin read public GET/HEAD responses. */
export const READ_CORS_HEADERS: Readonly<Record<string, string>> = {
	"access-control-allow-origin": "*",
	"access-control-expose-headers":
		"ETag, Location, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After",
};

/**
 * CORS open to every origin for reads only: GET/HEAD responses allow any origin, preflights
 * allow GET and HEAD (so browsers never send cross-origin writes). With `origin: *` the headers
 * do not depend on the request, so no Vary: Origin is needed and CDNs keep one copy.
 */
export function readOnlyCors({ maxAge = 86_400 }: { maxAge?: number } = {}): MiddlewareHandler<AppEnv> {
	const preflight = cors({
		origin: "*",
		allowMethods: ["GET", "HEAD"],
		allowHeaders: ["If-None-Match"],
		maxAge,
	});
	const entries = Object.entries(READ_CORS_HEADERS);
	return async function readCors(c, next) {
		const method = c.req.method;
		if (method === "OPTIONS") return preflight(c, next);
		await next();
		if ((method !== "GET" && method !== "HEAD") || isFinished(c.res)) return;
		const headers = c.res.headers;
		for (const [name, value] of entries) headers.set(name, value);
	};
}
