import type { ApiKey, ApiKeyScope, Store } from "@sidelines/store";
import { hashApiKeyToken } from "@sidelines/store/edge";
import type { Context, MiddlewareHandler } from "hono";
import { constantTimeEqual } from "../http/digest.js";
import type { AppEnv, ClientAddress } from "../http/types.js";
import { ApiProblem, problemResponse, problemType } from "./problem.js";
import { FixedWindowLimiter, tooManyRequests } from "./rate-limit.js";

/** RFC 6750 b64token, bounded so nobody makes us hash a megabyte; the scheme is case-insensitive (RFC 9110 11.1). */
const BEARER = /^bearer +([A-Za-z0-9\-._~+/]{8,512}=*)$/i;

const grants = (key: ApiKey, scope: ApiKeyScope) =>
	key.scopes.includes(scope) || key.scopes.includes("admin");

type Outcome = { key: ApiKey } | { status: 401 | 403; error: string; detail: string };

async function authenticate(store: Pick<Store, "apiKeys">, header: string): Promise<Outcome> {
	const match = BEARER.exec(header);
	if (!match?.[1]) {
		return {
			status: 401,
			error: "invalid_request",
			detail: "send the API key as Authorization: Bearer <token>",
		};
	}
	const hash = hashApiKeyToken(match[1]);
	const key = await store.apiKeys.findByHash(hash);
	// The lookup is by hash; comparing again in constant time keeps a timing oracle out of any index quirk.
	if (!key || !constantTimeEqual(key.hash, hash)) {
		return { status: 401, error: "invalid_token", detail: "the API key is not recognised" };
	}
	if (key.revokedAt !== null)
		return { status: 401, error: "invalid_token", detail: "the API key has been revoked" };
	return { key };
}

/** Options shared by {@link requireKey} and {@link identifyKey}. */
export interface AuthOptions {
	store: Pick<Store, "apiKeys">;
	clientAddress: ClientAddress;
	/** Failed attempts per client address; over the limit the client gets 429 before any lookup. */
	failures?: FixedWindowLimiter;
	log?: (error: unknown) => void;
}

function authMiddleware(
	{ store, clientAddress, failures = new FixedWindowLimiter(5, 60_000), log = console.error }: AuthOptions,
	scope: ApiKeyScope | undefined,
	required: boolean,
): MiddlewareHandler<AppEnv> {
	return async function apiKeyAuth(c, next) {
		const header = c.req.header("authorization");
		if (header === undefined && !required) {
			c.set("apiKey", undefined);
			return next();
		}
		const client = clientAddress(c as unknown as Context);
		// Count the attempt before the (async) lookup and take it back on success: concurrent bad
		// attempts cannot all pass a check made before any of them has been counted.
		const standing = failures.hit(client);
		if (!standing.allowed)
			return tooManyRequests(c, standing, "too many failed authentication attempts; wait and retry");
		const outcome: Outcome =
			header === undefined
				? {
						status: 401,
						error: "invalid_request",
						detail: "this endpoint needs an API key (Authorization: Bearer <token>)",
					}
				: await authenticate(store, header);
		if ("status" in outcome) {
			return problemResponse(c.req.path, outcome.status, outcome.detail, {
				type: problemType("unauthorized"),
				headers: { "www-authenticate": `Bearer realm="sidelines", error="${outcome.error}"` },
			});
		}
		failures.refund(client);
		if (scope && !grants(outcome.key, scope)) {
			return problemResponse(c.req.path, 403, `this endpoint needs an API key with the ${scope} scope`, {
				type: problemType("insufficient-scope"),
				headers: {
					"www-authenticate": `Bearer realm="sidelines", error="insufficient_scope", scope="${scope}"`,
				},
			});
		}
		try {
			await store.apiKeys.touch(outcome.key.id);
		} catch (error) {
			// Last-used time is bookkeeping: a failure to record it must not fail the request.
			log(error);
		}
		c.set("apiKey", outcome.key);
		await next();
	};
}

/**
 * Requires `Authorization: Bearer <token>` for an API key holding `scope` (admin holds every scope).
 * Answers 401 (missing, malformed, unknown, revoked), 403 (scope) or 429 (too many failures).
 */
export function requireKey(options: AuthOptions, scope: ApiKeyScope = "write"): MiddlewareHandler<AppEnv> {
	return authMiddleware(options, scope, true);
}

/**
 * The 401 for an anonymous reader who asked for what only key holders see (drafts, the review queue).
 * @example if (c.get("apiKey") === undefined) throw keyRequired("status=draft lists drafts, which need an API key");
 */
export const keyRequired = (detail: string) =>
	new ApiProblem(401, detail, {
		type: problemType("unauthorized"),
		headers: { "www-authenticate": 'Bearer realm="sidelines"' },
	});

/** Lets anonymous requests through but authenticates a key when one is sent (editors see more). */
export function identifyKey(options: AuthOptions): MiddlewareHandler<AppEnv> {
	return authMiddleware(options, undefined, false);
}
