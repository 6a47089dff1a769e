import type { Store } from "@sidelines/store";
import type { Context, MiddlewareHandler } from "hono";
import { sha256Hex } from "../http/digest.js";
import type { AppEnv } from "../http/types.js";
import { ApiProblem, problemType } from "./problem.js";

const KEY = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ["content-type", "location", "etag"];

/** What the middleware leaves on the context for the write: the key and fingerprint to record with it. */
export interface PendingReplay {
	key: string;
	principal: string;
	requestHash: string;
	/** Set once the write's transaction holds the record. */
	recorded: boolean;
}

/**
 * Runs a POST's write in one store transaction and, when the request carries an Idempotency-Key, records
 * its successful response in that same transaction (one D1 batch on Workers): the write and its replay
 * record commit together or not at all, so no crash between them can let a retry write twice.
 * @example return writeOnce(c, store, async (tx) => c.json(await tx.occasions.create(input), 201));
 */
export function writeOnce<R extends Response>(
	c: Context<AppEnv>,
	store: Store,
	work: (tx: Store) => Promise<R>,
): Promise<R> {
	const pending = c.get("idempotency");
	return store.transaction(async (tx) => {
		const response = await work(tx);
		if (pending && response.status >= 200 && response.status < 300) {
			const headers: Record<string, string> = {};
			for (const name of REPLAYED_HEADERS) {
				const value = response.headers.get(name);
				if (value !== null) headers[name] = value;
			}
			await tx.idempotency.put({
				key: pending.key,
				principal: pending.principal,
				requestHash: pending.requestHash,
				status: response.status,
				headers,
				body: await response.clone().text(),
				createdAt: new Date().toISOString(),
			});
			pending.recorded = true;
		}
		return response;
	});
}

/**
 * Idempotency-Key on POST: a replay of a stored response with the same request gets it back and changes
 * nothing, the same key with a different request is 422, and a replay while the first is still running
 * is 409. The handler records the first successful response inside its write ({@link writeOnce}).
 * Runs after authentication, so the principal is the API key id.
 * @param inFlight keys being processed by this instance (a second instance relies on the store's put)
 * @param log where a write that forgot to record its response is reported (a bug, never a client's error)
 */
export function idempotency({
	store,
	inFlight = new Set<string>(),
	log = console.error,
}: {
	store: Pick<Store, "idempotency">;
	inFlight?: Set<string>;
	log?: (error: unknown) => void;
}): MiddlewareHandler<AppEnv> {
	return async function idempotent(c, next) {
		c.set("idempotency", undefined);
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
		const pending: PendingReplay = { key, principal, requestHash, recorded: false };
		c.set("idempotency", pending);
		try {
			await next();
			if (c.res.status >= 200 && c.res.status < 300 && !pending.recorded)
				log(
					new Error(
						`${c.req.method} ${c.req.path} wrote without recording its Idempotency-Key (use writeOnce)`,
					),
				);
		} finally {
			inFlight.delete(slot);
		}
	};
}
