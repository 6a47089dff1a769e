import type { Store } from "@sidelines/store";
import type { MiddlewareHandler } from "hono";
import { sha256Hex } from "../http/digest.js";
import type { AppEnv } from "../http/types.js";
import { ApiProblem, problemType } from "./problem.js";

const KEY = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ["content-type", "location", "etag"];

/**
 * Idempotency-Key on POST: the first successful response is stored per (API key, Idempotency-Key);
 * a replay with the same request gets the stored response back and changes nothing, the same key
 * with a different request is 422, and a replay while the first is still running is 409.
 * Runs after authentication, so the principal is the API key id.
 * @param inFlight keys being processed by this instance (a second instance relies on the store's put)
 */
export function idempotency({
	store,
	inFlight = new Set<string>(),
	now = () => new Date(),
}: {
	store: Pick<Store, "idempotency">;
	inFlight?: Set<string>;
	now?: () => Date;
}): MiddlewareHandler<AppEnv> {
	return async function idempotent(c, next) {
		const key = c.req.header("idempotency-key");
		if (key === undefined || c.req.method !== "POST") return next();
		if (!KEY.test(key)) {
			throw new ApiProblem(400, "Idempotency-Key is 1 to 255 visible ASCII characters", {
				type: problemType("idempotency-key"),
			});
		}
		const principal = c.get("principal")?.id ?? "anonymous";
		// The fingerprint covers everything that shapes the write: method, path, query, media type, body.
		const { search } = new URL(c.req.url);
		const requestHash = await sha256Hex(
			`${c.req.method} ${c.req.path}${search}\n${c.req.header("content-type") ?? ""}\n${await c.req.text()}`,
		);
		const stored = await store.idempotency.get(principal, key);
		if (stored) {
			if (stored.requestHash !== requestHash) {
				throw new ApiProblem(422, "this Idempotency-Key was already used with a different request", {
					type: problemType("idempotency-key-reused"),
				});
			}
			return new Response(stored.body, {
				status: stored.status,
				headers: { ...stored.headers, "idempotent-replayed": "true" },
			});
		}
		const slot = `${principal}\u0000${key}`;
		if (inFlight.has(slot)) {
			throw new ApiProblem(409, "a request with this Idempotency-Key is still being processed", {
				type: problemType("idempotency-key-in-use"),
			});
		}
		inFlight.add(slot);
		try {
			await next();
			const res = c.res;
			if (res.status >= 200 && res.status < 300) {
				const headers: Record<string, string> = {};
				for (const name of REPLAYED_HEADERS) {
					const value = res.headers.get(name);
					if (value !== null) headers[name] = value;
				}
				await store.idempotency.put({
					key,
					principal,
					requestHash,
					status: res.status,
					headers,
					body: await res.clone().text(),
					createdAt: now().toISOString(),
				});
			}
		} finally {
			inFlight.delete(slot);
		}
	};
}
