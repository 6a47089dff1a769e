import { OpenAPIHono } from "@hono/zod-openapi";
import type { SessionPolicy, Store } from "@sidelines/store";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ArticleCache } from "./http/article-cache.js";
import { articleLane } from "./http/article-lane.js";
import { validationHook } from "./http/respond.js";
import type { AppEnv, ClientAddress } from "./http/types.js";
import { unchangedAnswers } from "./http/unchanged-answers.js";
import { DEFAULT_SESSION_POLICY, identifyKey, requireBearer, requireKey } from "./middleware/auth.js";
import { readOnlyCors } from "./middleware/cors.js";
import { conditionalGet } from "./middleware/etag.js";
import { idempotency } from "./middleware/idempotency.js";
import { problemNotFound, problemOnError, problemResponse, problemType } from "./middleware/problem.js";
import { FixedWindowLimiter, rateLimit } from "./middleware/rate-limit.js";
import { secureHeaders } from "./middleware/secure-headers.js";
import { articleRoutes } from "./routes/articles.js";
import type { RouteDeps } from "./routes/deps.js";
import { diplomatMergeRoutes } from "./routes/diplomat-merge.js";
import { diplomatRoutes } from "./routes/diplomats.js";
import { docsRoutes, type ScalarBundleLoader } from "./routes/docs.js";
import { healthRoutes } from "./routes/health.js";
import { historyRoutes } from "./routes/history.js";
import { importRoutes, type PageImporter } from "./routes/imports.js";
import { meetingRoutes } from "./routes/meetings.js";
import { occasionRoutes } from "./routes/occasions.js";
import { reviewRoutes } from "./routes/review.js";
import { searchRoutes } from "./routes/search.js";
import { sectionRoutes } from "./routes/sections.js";
import { sessionRoutes } from "./routes/sessions.js";
import { shortLinkRoutes } from "./routes/short-links.js";
import { userRoutes } from "./routes/users.js";

/** A fixed-window limit: `limit` requests per `windowMs`. */
export interface WindowLimit {
	limit: number;
	windowMs: number;
	/** Most keys counted at once (default 10,000); over it, new keys are refused until windows end. */
	maxKeys?: number;
}

/** Everything the app is built from; only `store` is required. */
export interface AppDeps {
	store: Store;
	/** Origin of the public site, for short-link redirects (default http://localhost:4321). */
	siteOrigin?: string;
	/** The client's address for rate limits: the socket's peer in Node, CF-Connecting-IP on Workers. */
	clientAddress?: ClientAddress;
	/** Whether the request came over https (HSTS is sent only then). */
	isHttps?: (c: Context) => boolean;
	/** Loads Scalar's standalone bundle for /docs; without one /docs/assets/standalone.js is 404. */
	scalarBundle?: ScalarBundleLoader;
	limits?: {
		/** Failed authentications per client address (default 5 a minute). */
		authFailures?: WindowLimit;
		/** Failed sign-ins per account (default 5 in 15 minutes). */
		signInPerAccount?: WindowLimit;
		/** Failed sign-ins per client address (default 20 in 15 minutes). */
		signInPerAddress?: WindowLimit;
		/** Writes per API key or user (default 120 a minute). */
		writes?: WindowLimit;
		/** Counted views per client and article (default 3 a minute). */
		views?: WindowLimit;
		/** Largest request body in bytes (default 1 MiB). */
		bodyBytes?: number;
	};
	/** Serialized-article cache of the hot read path (default 1,000 entries, re-checked after 1 s). */
	articleCache?: ArticleCache;
	/** How long desk sessions last: idle and absolute (default 12 hours and 7 days). */
	sessions?: Partial<SessionPolicy>;
	/** Clock for rate-limit windows and session expiry (ms since epoch). */
	now?: () => number;
	/** Files raw pages for `POST /v1/import` (`importPage` from @sidelines/ingest); without one the route is 501. */
	importer?: PageImporter;
	/** Where unexpected errors are reported (never to clients). */
	log?: (error: unknown) => void;
}

/** OpenAPI 3.1 license (the 3.0 type the generator declares has no `identifier`). */
const LICENSE = { name: "MIT", identifier: "MIT" };

/** The document's tags, each with what its operations are about. */
const TAGS = {
	articles: "News articles: published ones for readers, drafts for key holders; view counts and short links",
	meetings: "Who met whom, when, where and how, with the articles that report it",
	diplomats: "People who hold or held diplomatic office, by any form of their name",
	occasions: "Gatherings that meetings happen on the sidelines of, with who met whom there",
	sections: "Site sections, for navigation",
	search: "One search across articles, diplomats and their meetings",
	review: "Raw page import and the queue of proposed meetings editors confirm or reject",
	sessions: "Desk sign-in: session tokens for people (API keys stay for machines)",
	users: "Desk accounts and their roles, managed by admins",
	health: "Liveness and readiness for orchestrators",
	docs: "This document and its reference page",
};

const limiter = (window: WindowLimit | undefined, fallback: WindowLimit, now: () => number) => {
	const { limit, windowMs, maxKeys } = window ?? fallback;
	return new FixedWindowLimiter(limit, windowMs, now, maxKeys);
};

/**
 * Builds the Sidelines HTTP API (no listening, no environment: `server.ts` and `worker.ts` do that).
 * @example
 * const app = createApp({ store: await openStore({ sqlitePath: "./data/sidelines.db" }) });
 * const res = await app.request("/v1/articles?section=japan");
 */
export function createApp(deps: AppDeps) {
	const {
		store,
		siteOrigin = "http://localhost:4321",
		clientAddress = () => "unknown",
		isHttps,
		scalarBundle = async () => undefined,
		limits = {},
		now = Date.now,
		log = (error: unknown) => console.error(error),
	} = deps;
	const bodyBytes = limits.bodyBytes ?? 1024 * 1024;
	const httpsCheck = isHttps ?? ((c: Context) => c.req.url.startsWith("https:"));

	const sessions = { ...DEFAULT_SESSION_POLICY, ...deps.sessions };
	const auth = {
		store,
		sessions,
		now,
		clientAddress,
		failures: limiter(limits.authFailures, { limit: 5, windowMs: 60_000 }, now),
		log,
	};
	const writeLimiter = limiter(limits.writes, { limit: 120, windowMs: 60_000 }, now);
	const perKey = rateLimit({
		limiter: writeLimiter,
		keyOf: (c) => `key:${(c as Context<AppEnv>).get("principal")?.id ?? clientAddress(c)}`,
		detail: "too many writes with this API key or account; try again after Retry-After seconds",
	});
	const inFlight = new Set<string>();
	const idempotent = idempotency({ store, inFlight, log });
	const routeDeps: RouteDeps = {
		store,
		siteOrigin: siteOrigin.replace(/\/+$/, ""),
		clientAddress,
		isHttps: httpsCheck,
		articleCache: deps.articleCache ?? new ArticleCache(1000, 1000, now),
		viewLimiter: limiter(limits.views, { limit: 3, windowMs: 60_000 }, now),
		writer: [requireKey(auth, "write"), perKey, idempotent],
		admin: [requireKey(auth, "admin"), perKey],
		reader: identifyKey(auth),
	};

	const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
	// First: a cached article or kept answer is whole (every header the middleware below would add).
	app.use("/v1/articles/*", articleLane(routeDeps.articleCache, httpsCheck));
	app.use("/v1/*", unchangedAnswers(store, httpsCheck));
	app.use(secureHeaders({ isHttps: httpsCheck }));
	app.use(conditionalGet());
	app.use("/v1/*", readOnlyCors());
	const limitBody = bodyLimit({
		maxSize: bodyBytes,
		onError: (c) =>
			problemResponse(c.req.path, 413, `the request body is larger than ${bodyBytes} bytes`, {
				type: problemType("body-too-large"),
				// The unread rest of the body is still on the socket: do not let the client reuse it.
				headers: { connection: "close" },
			}),
	});
	// Only requests that may carry a body pay for the limit (it wraps the request stream).
	app.use("/v1/*", (c, next) =>
		c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next),
	);

	app.route("/v1", articleRoutes(routeDeps));
	app.route("/v1", meetingRoutes(routeDeps));
	app.route("/v1", diplomatRoutes(routeDeps));
	app.route("/v1", occasionRoutes(routeDeps));
	app.route("/v1", sectionRoutes(routeDeps));
	app.route("/v1", searchRoutes(routeDeps));
	app.route("/v1", importRoutes({ ...routeDeps, importer: deps.importer }));
	app.route(
		"/v1",
		sessionRoutes({
			...routeDeps,
			policy: sessions,
			signInLimits: {
				account: limiter(limits.signInPerAccount, { limit: 5, windowMs: 15 * 60_000 }, now),
				address: limiter(limits.signInPerAddress, { limit: 20, windowMs: 15 * 60_000 }, now),
			},
			now,
			signedIn: requireBearer(auth),
		}),
	);
	app.route("/v1", userRoutes(routeDeps));
	app.route("/v1", historyRoutes(routeDeps));
	app.route("/v1", reviewRoutes(routeDeps));
	app.route("/v1", diplomatMergeRoutes(routeDeps));
	app.route("/", shortLinkRoutes(routeDeps));
	app.route("/", healthRoutes(routeDeps));
	app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
		type: "http",
		scheme: "bearer",
		description:
			"An API key from `sidelines keys create` (scopes: write, admin), or a desk session token from `POST /v1/sessions` (role editor: write; admin: write and admin)",
	});
	app.route(
		"/",
		docsRoutes({
			document: () =>
				app.getOpenAPI31Document({
					openapi: "3.1.0",
					info: {
						title: "Sidelines API",
						version: "1.0.0",
						description:
							"Diplomatic news as structured records: articles, meetings, diplomats and occasions. Errors are RFC 9457 problem+json.",
						license: LICENSE,
					},
					servers: [{ url: "/" }],
					tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
				}),
			scalarBundle,
		}),
	);

	app.notFound(problemNotFound(() => app.routes));
	app.onError(problemOnError(log));
	return app;
}

/** The app's type, for `hc<AppType>` clients. */
export type AppType = ReturnType<typeof createApp>;
