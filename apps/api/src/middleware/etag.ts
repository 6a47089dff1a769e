import type { MiddlewareHandler } from "hono";
import { sha256Hex } from "../http/digest.js";
import { isFinished } from "../http/public-answer.js";
import type { AppEnv } from "../http/types.js";

/** Cache-Control for public reads: browsers a minute, CDNs five, stale while revalidating for ten. */
export const PUBLIC_CACHE = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";
const NO_STORE = "no-store";

/** Strong ETag of a body: the first 128 bits of its SHA-256. */
export async function bodyEtag(body: string | Uint8Array): Promise<string> {
	return `"${(await sha256Hex(body)).slice(0, 32)}"`;
}

/** Strong ETag of a stored record, usable as If-Match: `"<id>:v<version>"`. */
export const recordEtag = (record: { id: string; version: number }) => `"${record.id}:v${record.version}"`;

const opaque = (tag: string) => (tag.startsWith("W/") ? tag.slice(2) : tag);

/** Weak comparison (RFC 9110 13.1.2), as If-None-Match uses. */
export function noneMatch(header: string | undefined, etag: string): boolean {
	if (header === undefined) return false;
	if (header.trim() === "*") return true;
	const wanted = opaque(etag);
	return header.split(",").some((candidate) => opaque(candidate.trim()) === wanted);
}

/**
 * Conditional GET and cache headers: every successful read gets a strong ETag (the handler's,
 * or a hash of the body), `If-None-Match` answers 304, public reads get {@link PUBLIC_CACHE}
 * and everything else (writes, authenticated reads, errors) `no-store`.
 */
export function conditionalGet({
	publicCache = PUBLIC_CACHE,
}: {
	publicCache?: string;
} = {}): MiddlewareHandler<AppEnv> {
	return async function conditional(c, next) {
		await next();
		const res = c.res;
		if (isFinished(res)) return;
		const method = c.req.method;
		if (method !== "GET" && method !== "HEAD") {
			res.headers.set("cache-control", NO_STORE);
			return;
		}
		const cacheable =
			(res.status === 200 || res.status === 301) && c.req.header("authorization") === undefined;
		if (!res.headers.has("cache-control"))
			res.headers.set("cache-control", cacheable ? publicCache : NO_STORE);
		if (!res.headers.get("vary")?.includes("Authorization")) res.headers.append("vary", "Authorization");
		if (res.status !== 200 || res.headers.get("cache-control") === NO_STORE) return;
		let etag = res.headers.get("etag");
		if (etag === null) {
			etag = await bodyEtag(new Uint8Array(await res.clone().arrayBuffer()));
			res.headers.set("etag", etag);
		}
		if (noneMatch(c.req.header("if-none-match"), etag)) {
			const headers = new Headers({ etag });
			for (const name of ["cache-control", "vary", "content-location", "expires"]) {
				const value = res.headers.get(name);
				if (value !== null) headers.set(name, value);
			}
			c.res = new Response(null, { status: 304, headers });
		}
	};
}
