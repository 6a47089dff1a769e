import type { ApiKey } from "@sidelines/store";
import type { Context } from "hono";
import type { PendingReplay } from "../middleware/idempotency.js";

/** Hono environment of the app: what middleware leaves on the context for handlers. */
export interface AppEnv {
	Variables: {
		/** The API key that authenticated the request, when one did. */
		apiKey: ApiKey | undefined;
		/** The Idempotency-Key a POST's write must record in its transaction (see `writeOnce`). */
		idempotency: PendingReplay | undefined;
	};
}

/** Resolves the address a request came from, used to key rate limits. */
export type ClientAddress = (c: Context) => string;
