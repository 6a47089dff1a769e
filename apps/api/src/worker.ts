import { importPage } from "@sidelines/ingest";
import { createD1Store, type D1Database } from "@sidelines/store/edge";
import type { Context } from "hono";
import { createApp } from "./app.js";

/** Bindings of the Workers deployment (wrangler.toml): a D1 database and the site's origin. */
export interface WorkerEnv {
	DB: D1Database;
	SITE_ORIGIN?: string;
}

type App = ReturnType<typeof createApp>;
let built: { database: D1Database; app: App } | undefined;

// On Workers the client address is CF-Connecting-IP, set by Cloudflare's edge (never X-Forwarded-For).
const clientAddress = (c: Context) => c.req.header("cf-connecting-ip") ?? "unknown";

function appFor(env: WorkerEnv): App {
	if (built !== undefined && built.database === env.DB) return built.app;
	// The same app as on Node. D1 has no interactive transactions: each write is planned (its reads first),
	// then committed as one atomic batch that re-checks what the reads decided.
	const store = createD1Store(env.DB);
	const app = createApp({ store, siteOrigin: env.SITE_ORIGIN, clientAddress, importer: importPage });
	built = { database: env.DB, app };
	return app;
}

/**
 * The Workers entry: `fetch` serves createApp from the D1 binding `DB` (load it with `sidelines d1-sql`
 * first: see the README). Reads and writes as on Node; rate limits are per isolate.
 */
export default {
	fetch(request: Request, env: WorkerEnv, context: unknown): Response | Promise<Response> {
		return appFor(env).fetch(request, env, context as never);
	},
};
