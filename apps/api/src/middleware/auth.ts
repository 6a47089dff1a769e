import type { ApiKeyScope, SessionPolicy, Store, UserRole } from "@sidelines/store";
import { hashApiKeyToken } from "@sidelines/store/edge";
import type { Context, MiddlewareHandler } from "hono";
import { constantTimeEqual } from "../http/digest.js";
import type { AppEnv, ClientAddress, Principal } from "../http/types.js";
import { ApiProblem, problemResponse, problemType } from "./problem.js";
import { FixedWindowLimiter, InTurn, type RateLimitVerdict, tooManyRequests } from "./rate-limit.js";

/** RFC 6750 b64token, bounded so nobody makes us hash a megabyte; the scheme is case-insensitive (RFC 9110 11.1). */
const BEARER = /^bearer +([A-Za-z0-9\-._~+/]{8,512}=*)$/i;

const grants = (principal: Principal, scope: ApiKeyScope) =>
	principal.scopes.includes(scope) || principal.scopes.includes("admin");

/**
 * What a role may do, in API key scopes: editors import, review, edit and publish (write); admins also
 * delete and manage users (admin).
 */
const ROLE_SCOPES: Record<UserRole, ApiKeyScope[]> = { editor: ["write"], admin: ["write", "admin"] };

/** Session tokens start with this; API keys with `sl_`. */
export const SESSION_PREFIX = "sls_";

/** Idle and absolute session lifetimes unless configured: 12 hours and 7 days. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = {
	idleMs: 12 * 3_600_000,
	absoluteMs: 7 * 24 * 3_600_000,
};

type Outcome = { principal: Principal } | { status: 401 | 403; error: string; detail: string };

/** The token of an `Authorization: Bearer` header, or undefined when the header is not one. */
export function bearerToken(header: string | undefined): string | undefined {
	return header === undefined ? undefined : BEARER.exec(header)?.[1];
}

async function resumeSession(
	{ store, sessions = DEFAULT_SESSION_POLICY, now = Date.now }: AuthOptions,
	token: string,
): Promise<Outcome> {
	const resumed = await store.sessions.resume(token, sessions, new Date(now()));
	if (!resumed)
		return { status: 401, error: "invalid_token", detail: "the session has ended or expired; sign in again" };
	const { user, session } = resumed;
	return {
		principal: {
			kind: "user",
			id: user.id,
			label: `${user.name} <${user.email}>`,
			scopes: ROLE_SCOPES[user.role],
			user,
			session,
		},
	};
}

async function authenticate(options: AuthOptions, header: string): Promise<Outcome> {
	const { store } = options;
	const match = BEARER.exec(header);
	if (!match?.[1]) {
		return {
			status: 401,
			error: "invalid_request",
			detail: "send the API key as Authorization: Bearer <token>",
		};
	}
	if (match[1].startsWith(SESSION_PREFIX)) return resumeSession(options, match[1]);
	const hash = hashApiKeyToken(match[1]);
	const key = await store.apiKeys.findByHash(hash);
	// The lookup is by hash; comparing again in constant time keeps a timing oracle out of any index quirk.
	if (!key || !constantTimeEqual(key.hash, hash)) {
		return { status: 401, error: "invalid_token", detail: "the API key is not recognised" };
	}
	if (key.revokedAt !== null)
		return { status: 401, error: "invalid_token", detail: "the API key has been revoked" };
	return { principal: { kind: "key", id: key.id, label: key.name, scopes: key.scopes } };
}

/** Options shared by {@link requireKey} and {@link identifyKey}. */
export interface AuthOptions {
	store: Pick<Store, "apiKeys" | "sessions">;
	/** How long sessions last (default {@link DEFAULT_SESSION_POLICY}). */
	sessions?: SessionPolicy;
	/** Clock for session expiry (ms since epoch). */
	now?: () => number;
	clientAddress: ClientAddress;
	/** Failed attempts per client address; over the limit the client gets 429 before any lookup. */
	failures?: FixedWindowLimiter;
	log?: (error: unknown) => void;
}

/** An address over its failure limit (no lookup made), or what the lookup found. */
type Checked = { standing: RateLimitVerdict } | { outcome: Outcome };

/** One queue per failure counter: every middleware that shares the counter shares the turns. */
const turns = new WeakMap<FixedWindowLimiter, InTurn>();
function turnsOf(failures: FixedWindowLimiter): InTurn {
	const known = turns.get(failures);
	if (known) return known;
	const inTurn = new InTurn();
	turns.set(failures, inTurn);
	return inTurn;
}

function authMiddleware(
	options: AuthOptions,
	scope: ApiKeyScope | undefined,
	required: boolean,
): MiddlewareHandler<AppEnv> {
	const { store, clientAddress, failures = new FixedWindowLimiter(5, 60_000), log = console.error } = options;
	const checksInTurn = turnsOf(failures);
	return async function bearerAuth(c, next) {
		const header = c.req.header("authorization");
		if (header === undefined && !required) {
			c.set("principal", undefined);
			return next();
		}
		const client = clientAddress(c as unknown as Context);
		// One check at a time per address: the attempt is counted before the (async) lookup and taken back
		// on success, so concurrent bad attempts cannot all pass a check made before any was counted, and
		// concurrent good ones never see each other's pending count.
		const checked = await checksInTurn.run(client, async (): Promise<Checked> => {
			const standing = failures.hit(client);
			if (!standing.allowed) return { standing };
			const outcome: Outcome =
				header === undefined
					? {
							status: 401,
							error: "invalid_request",
							detail: "this endpoint needs an API key (Authorization: Bearer <token>)",
						}
					: await authenticate(options, header);
			if ("principal" in outcome) failures.refund(client);
			return { outcome };
		});
		if ("standing" in checked)
			return tooManyRequests(c, checked.standing, "too many failed authentication attempts; wait and retry");
		const { outcome } = checked;
		if ("status" in outcome) {
			return problemResponse(c.req.path, outcome.status, outcome.detail, {
				type: problemType("unauthorized"),
				headers: { "www-authenticate": `Bearer realm="sidelines", error="${outcome.error}"` },
			});
		}
		const { principal } = outcome;
		if (scope && !grants(principal, scope)) {
			const needs =
				principal.kind === "user"
					? `the ${scope === "admin" ? "admin" : "editor"} role`
					: `an API key with the ${scope} scope`;
			return problemResponse(c.req.path, 403, `this endpoint needs ${needs}`, {
				type: problemType("insufficient-scope"),
				headers: {
					"www-authenticate": `Bearer realm="sidelines", error="insufficient_scope", scope="${scope}"`,
				},
			});
		}
		if (principal.kind === "key") {
			try {
				await store.apiKeys.touch(principal.id);
			} catch (error) {
				// Last-used time is bookkeeping: a failure to record it must not fail the request.
				log(error);
			}
		}
		c.set("principal", principal);
		await next();
	};
}

/**
 * Requires `Authorization: Bearer <token>`: an API key holding `scope` (admin holds every scope), or a
 * desk session whose user's role grants it (see {@link ROLE_SCOPES}). Answers 401 (missing, malformed,
 * unknown, revoked, ended or expired), 403 (scope or role) or 429 (too many failures).
 */
export function requireKey(options: AuthOptions, scope: ApiKeyScope = "write"): MiddlewareHandler<AppEnv> {
	return authMiddleware(options, scope, true);
}

/** Requires a bearer token (an API key or a session) without asking for a scope. */
export function requireBearer(options: AuthOptions): MiddlewareHandler<AppEnv> {
	return authMiddleware(options, undefined, true);
}

/**
 * The 401 for an anonymous reader who asked for what only key holders and signed-in users see (drafts, the
 * review queue).
 * @example if (c.get("principal") === undefined) throw keyRequired("status=draft lists drafts, which need an API key");
 */
export const keyRequired = (detail: string) =>
	new ApiProblem(401, detail, {
		type: problemType("unauthorized"),
		headers: { "www-authenticate": 'Bearer realm="sidelines"' },
	});

/** Lets anonymous requests through but authenticates a key or session when one is sent (editors see more). */
export function identifyKey(options: AuthOptions): MiddlewareHandler<AppEnv> {
	return authMiddleware(options, undefined, false);
}
