import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/types.js";

/** Headers every response carries; a route may set its own Content-Security-Policy first (the docs page does). */
export const SECURE_HEADERS: Readonly<Record<string, string>> = {
	"x-content-type-options": "nosniff",
	"x-frame-options": "DENY",
	"content-security-policy": "default-src 'none'; frame-ancestors 'none'",
	"referrer-policy": "no-referrer",
	"cross-origin-resource-policy": "cross-origin",
};

/** Strict-Transport-Security for https responses. */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Sets nosniff, frame denial, a locked-down CSP and Referrer-Policy on every response, and HSTS
 * only when the request arrived over https (`isHttps` decides, e.g. trusting a proxy's
 * X-Forwarded-Proto). Written here rather than with `hono/secure-headers` because that one sends
 * HSTS on plain http too and overwrites a route's own CSP.
 */
export function secureHeaders({
	headers = SECURE_HEADERS,
	isHttps = (c: Context) => c.req.url.startsWith("https:"),
}: {
	headers?: Readonly<Record<string, string>>;
	isHttps?: (c: Context) => boolean;
} = {}): MiddlewareHandler<AppEnv> {
	const entries = Object.entries(headers);
	return async function secure(c, next) {
		await next();
		if (c.get("sealed")) return;
		const target = c.res.headers;
		for (const [name, value] of entries) if (!target.has(name)) target.set(name, value);
		target.delete("x-powered-by");
		if (isHttps(c as unknown as Context)) target.set("strict-transport-security", HSTS);
	};
}
