import type { Store } from "@sidelines/store";
import type { Context, MiddlewareHandler } from "hono";
import type { ArticleCache } from "../http/article-cache.js";
import type { AppEnv, ClientAddress } from "../http/types.js";
import type { FixedWindowLimiter } from "../middleware/rate-limit.js";

/** What every resource sub-app is built from (assembled once by `createApp`). */
export interface RouteDeps {
	store: Store;
	siteOrigin: string;
	clientAddress: ClientAddress;
	/** Whether the request came over https (the article lane answers with HSTS then). */
	isHttps: (c: Context) => boolean;
	articleCache: ArticleCache;
	viewLimiter: FixedWindowLimiter;
	/** Middleware for write routes: key with the write scope, per-key rate limit, Idempotency-Key. */
	writer: MiddlewareHandler<AppEnv>[];
	/** Middleware for deletes: like `writer` but needing the admin scope. */
	admin: MiddlewareHandler<AppEnv>[];
	/** Authenticates a key when one is sent; anonymous readers pass. */
	reader: MiddlewareHandler<AppEnv>;
}
