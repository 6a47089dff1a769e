import { createStore, type Schema } from "@sidelines/store/edge";
import type { Context } from "hono";
import { Kysely } from "kysely";
import { D1Dialect } from "kysely-d1";
import { createApp } from "./app.js";

/** Bindings of the Workers deployment (wrangler.toml): a D1 database and the site's origin. */
export interface WorkerEnv {
	DB: ConstructorParameters<typeof D1Dialect>[0]["database"];
	SITE_ORIGIN?: string;
}

type App = ReturnType<typeof createApp>;
let built: { database: WorkerEnv["DB"]; app: App } | undefined;

// On Workers the client address is CF-Connecting-IP, set by Cloudflare's edge (never X-Forwarded-For).
const clientAddress = (c: Context) => c.req.header("cf-connecting-ip") ?? "unknown";

function appFor(env: WorkerEnv): App {
	if (built !== undefined && built.database === env.DB) return built.app;
	// The same app as on Node, over D1 through the store's SQLite-dialect queries.
	const store = createStore({
		db: new Kysely<Schema>({ dialect: new D1Dialect({ database: env.DB }) }),
		dialect: "sqlite",
	});
	const app = createApp({ store, siteOrigin: env.SITE_ORIGIN, clientAddress, readOnly: true });
	built = { database: env.DB, app };
	return app;
}

/**
 * The Workers entry: `fetch` serves createApp from the D1 binding `DB` (apply the store's SQLite
 * migrations first). Read-only for now: the store's writes run in transactions, which kysely-d1
 * does not support, so write routes answer 501 here and go to a Node deployment instead.
 */
export default {
	fetch(request: Request, env: WorkerEnv, context: unknown): Response | Promise<Response> {
		return appFor(env).fetch(request, env, context as never);
	},
};
