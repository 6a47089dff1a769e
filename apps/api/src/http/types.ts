import type { Actor, ApiKeyScope, Session, User } from "@sidelines/store";
import type { Context } from "hono";
import type { PendingReplay } from "../middleware/idempotency.js";

/** Who a request is from: an API key, or a user signed in to the desk (a session token). */
export interface Principal extends Actor {
	/** What it may do: a key's scopes, or the scopes of the user's role. */
	scopes: ApiKeyScope[];
	/** The user and their session, for session tokens. */
	user?: User;
	session?: Session;
}

/** Hono environment of the app: what middleware leaves on the context for handlers. */
export interface AppEnv {
	Variables: {
		/** The key or signed-in user that authenticated the request, when one did. */
		principal: Principal | undefined;
		/** Whether the request came over https (set first, by the security-header middleware). */
		https: boolean | undefined;
		/** The Idempotency-Key a POST's write must record in its transaction (see `writeOnce`). */
		idempotency: PendingReplay | undefined;
	};
}

/** Resolves the address a request came from, used to key rate limits. */
export type ClientAddress = (c: Context) => string;
