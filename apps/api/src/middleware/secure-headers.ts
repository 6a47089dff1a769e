import type { Context, MiddlewareHandler } from "hono";
import { isFinished } from "../http/public-answer.js";
import type { AppEnv } from "../http/types.js";

/** Headers every response carries; a route may set its own Content-Security-Policy first (the docs page does). */
const SECURE_HEADERS: Readonly<Record<string, string>> = {
	"x-content-type-options": "nosniff",
	"x-frame-options": "DENY",
	"content-security-policy": "default-src 'none'; frame-ancestors 'none'",
	"referrer-policy": "no-referrer",
	"cross-origin-resource-policy": "cross-origin",
};

/** Strict-Transport-Security for https responses. */
const HSTS = "max-age=31536000; includeSubDomains";
const SECURE_HTTPS_HEADERS: Readonly<Record<string, string>> = {
	...SECURE_HEADERS,
	"strict-transport-security": HSTS,
};

/** The security headers of a response: {@link SECURE_HEADERS}, and HSTS when the request came over https. */
export const secureHeadersFor = (https: boolean): Readonly<Record<string, string>> =>
	https ? SECURE_HTTPS_HEADERS : SECURE_HEADERS;

/**
 * Sets nosniff, frame denial, a locked-down CSP and Referrer-Policy on every response, and HSTS
 * only when the request arrived over https (`isHttps` decides, e.g. trusting a proxy's
 * X-Forwarded-Proto); headers a handler set already are kept (the docs page's CSP, the article lane's). Written here rather than with `hono/secure-headers` because that one sends
 * HSTS on plain http too and overwrites a route's own CSP.
 */
export function secureHeaders({
	isHttps = (c: Context) => c.req.url.startsWith("https:"),
}: {
	isHttps?: (c: Context) => boolean;
} = {}): MiddlewareHandler<AppEnv> {
	return async function secure(c, next) {
		const https = isHttps(c as unknown as Context);
		c.set("https", https);
		await next();
		if (isFinished(c.res)) return;
		const target = c.res.headers;
		for (const [name, value] of Object.entries(secureHeadersFor(https)))
			if (!target.has(name)) target.set(name, value);
		target.delete("x-powered-by");
	};
}
