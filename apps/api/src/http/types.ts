import type { ApiKey } from "@sidelines/store";
import type { Context } from "hono";

/** Hono environment of the app: what middleware leaves on the context for handlers. */
export interface AppEnv {
	Variables: {
		/** The API key that authenticated the request, when one did. */
		apiKey: ApiKey | undefined;
	};
}

/** Resolves the address a request came from, used to key rate limits. */
export type ClientAddress = (c: Context) => string;
