import type { Context } from "hono";

interface NodeBindings {
	incoming?: { headers: Record<string, string | string[] | undefined> };
}

/**
 * A request header by lower-case name. On @hono/node-server it reads Node's already-parsed header
 * object, which spares the hot path building a Fetch `Headers`; elsewhere it is `c.req.header(name)`.
 */
export function requestHeader(c: Context, name: string): string | undefined {
	const incoming = (c.env as NodeBindings | undefined)?.incoming;
	if (incoming?.headers) {
		const value = incoming.headers[name];
		return Array.isArray(value) ? value.join(", ") : value;
	}
	return c.req.header(name);
}
