import { type AppDeps, ArticleCache, createApp } from "@sidelines/api";
import { listen, nodeClientAddress, nodeListener } from "@sidelines/api/node";
import type { ApiKeyScope, SqlStore } from "@sidelines/store";
import { afterAll, beforeAll, expect } from "vitest";
import { type DatabaseKind, openTestStore, type StoreLocation } from "./databases.js";

export const SITE = "https://site.example";

/** A started API over real HTTP on a free port, with the store and the errors it logged. */
export interface TestApi {
	kind: DatabaseKind;
	url: string;
	app: ReturnType<typeof createApp>;
	store: SqlStore;
	/** The serialized-article cache the app and the listener's article lane share. */
	articleCache: ArticleCache;
	/** Where the store's database is, to open another store on it as another process would. */
	location: StoreLocation;
	/** Unexpected errors the app reported (each one was a 500). */
	logged: unknown[];
	/** fetch against the server: `api.fetch("/v1/articles")`. */
	fetch(path: string, init?: RequestInit): Promise<Response>;
	/** Creates an API key and returns its bearer header value. */
	key(scopes: ApiKeyScope[], name?: string): Promise<{ id: string; authorization: string }>;
	close(): Promise<void>;
}

/** Starts createApp on @hono/node-server (port 0) over a fresh store with the demo data. */
export async function startApi(kind: DatabaseKind, options: Omit<AppDeps, "store"> = {}): Promise<TestApi> {
	const { store, location, dispose } = await openTestStore(kind);
	const logged: unknown[] = [];
	const articleCache = options.articleCache ?? new ArticleCache();
	const app = createApp({
		store,
		siteOrigin: SITE,
		clientAddress: nodeClientAddress(),
		log: (error) => logged.push(error),
		...options,
		articleCache,
	});
	// The same listener as the real server, fast lane for cached articles included.
	const server = await listen(nodeListener(app.fetch, { articleCache }), { port: 0 });
	return {
		kind,
		url: server.url,
		app,
		store,
		articleCache,
		location,
		logged,
		fetch: (path, init) => fetch(`${server.url}${path}`, init),
		async key(scopes, name = "test") {
			const { token, key } = await store.apiKeys.create({ name, scopes });
			return { id: key.id, authorization: `Bearer ${token}` };
		},
		async close() {
			await server.close();
			await dispose();
		},
	};
}

/** Reads a problem+json body, checking the media type and that `status` matches the HTTP status. */
export async function problemOf(response: Response): Promise<{
	type: string;
	title: string;
	status: number;
	detail: string;
	errors: { pointer: string; detail: string; parameter?: string }[];
}> {
	const type = response.headers.get("content-type") ?? "";
	if (!type.startsWith("application/problem+json"))
		throw new Error(`expected problem+json, got ${type} (${response.status})`);
	const body = (await response.json()) as {
		status: number;
		type: string;
		title: string;
		detail: string;
		errors: { pointer: string; detail: string; parameter?: string }[];
	};
	if (body.status !== response.status)
		throw new Error(`problem status ${body.status} differs from HTTP ${response.status}`);
	return body;
}

/** A response's JSON body, loosely typed for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk arbitrary JSON and let expect() do the checking.
export const jsonOf = async (response: Response): Promise<any> => response.json();

/**
 * A request function that authenticates with `authorization()` and sends JSON bodies (strings as is).
 * @example const send = sender(() => api, () => writer); await send("POST", "/v1/occasions", newOccasion());
 */
export function sender(api: () => Pick<TestApi, "fetch">, authorization: () => string) {
	return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
		api().fetch(path, {
			method,
			headers: {
				authorization: authorization(),
				...(body === undefined ? {} : { "content-type": "application/json" }),
				...headers,
			},
			...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
		});
}

/**
 * Starts the API on `kind` before a describe block's tests (handing it to `started`) and closes it after them,
 * checking first that the app reported no unexpected error.
 */
export function apiForBlock(
	kind: DatabaseKind,
	started: (api: TestApi) => void,
	options: Omit<AppDeps, "store"> = {},
): void {
	let api: TestApi | undefined;
	beforeAll(async () => {
		api = await startApi(kind, options);
		started(api);
	});
	afterAll(async () => {
		if (!api) return;
		expect(api.logged).toEqual([]);
		await api.close();
	});
}
