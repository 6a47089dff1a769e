import { createServer } from "node:http";
import { ArticleCache, createApp, ResponseCache } from "@sidelines/api";
import { listen, nodeClientAddress, nodeListener, watchChanges } from "@sidelines/api/node";
import { openStore } from "@sidelines/store";
import Fastify from "fastify";
import { ROUTES } from "./routes.js";

/*
 * One benchmark server per process: `servers.ts <bare|replay|fastify|api|app> <sqlite file>`. Prints
 * `port=<n>` once listening. Every server answers the same routes (ROUTES in run.ts) from the same store.
 */

const [kind, sqlitePath] = process.argv.slice(2);
const store = await openStore({ sqlitePath });
const PATHS = Object.values(ROUTES);

/** The work GET /v1/search does: article hits, matching diplomats and their confirmed meetings. */
async function searchAll(q: string) {
	const [articles, diplomats] = await Promise.all([
		store.articles.search(q, { limit: 10 }),
		store.diplomats.list({ q, limit: 10 }),
	]);
	const pages = await Promise.all(
		diplomats.items
			.slice(0, 5)
			.map((diplomat) => store.meetings.list({ diplomat: diplomat.id, review: "confirmed", limit: 10 })),
	);
	return {
		q,
		articles: articles.items,
		diplomats: diplomats.items,
		meetings: pages.flatMap((page) => page.items).slice(0, 10),
	};
}

/** What each route returns, read from the store the way the API reads it (for the bare server and Fastify). */
async function answer(path: string): Promise<unknown> {
	const url = new URL(path, "http://localhost");
	const [, , kind, id, sub] = url.pathname.split("/");
	if (kind === "articles") return store.articles.getBySlug(id ?? "");
	if (kind === "meetings")
		return store.meetings.list({
			diplomat: url.searchParams.get("diplomat") ?? undefined,
			format: (url.searchParams.get("format") ?? undefined) as "in_person" | undefined,
			review: "confirmed",
		});
	if (kind === "search") return searchAll(url.searchParams.get("q") ?? "");
	if (kind === "diplomats" && sub === "counterparts")
		return { diplomat: id, items: await store.diplomats.counterparts(id ?? "") };
	if (kind === "diplomats") return store.diplomats.get(id ?? "");
	if (kind === "occasions") {
		const occasion = await store.occasions.get(id ?? "");
		const matrix = await store.occasions.matrix(id ?? "");
		return { occasion, parties: matrix?.parties ?? [], pairs: matrix?.pairs ?? [] };
	}
	throw new Error(`no route for ${path}`);
}

async function bare(): Promise<number> {
	// The ceiling: bytes serialized once, no routing, no store.
	const bodies = new Map<string, Buffer>();
	for (const path of PATHS) bodies.set(path, Buffer.from(JSON.stringify(await answer(path))));
	const server = createServer((request, response) => {
		const body = bodies.get(request.url ?? "") ?? (bodies.values().next().value as Buffer);
		response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return (server.address() as { port: number }).port;
}

/**
 * The same ceiling, sending exactly the bytes the API sends (status, every header, body), captured
 * once from the app in process: the fair baseline for framework and middleware cost, since the
 * API's security, CORS and cache headers are part of its answer.
 */
async function replay(): Promise<number> {
	const app = createApp({ store, log: () => {} });
	const recorded = new Map<string, { status: number; headers: Record<string, string>; body: Buffer }>();
	for (const path of PATHS) {
		const response = await app.request(path);
		const body = Buffer.from(await response.arrayBuffer());
		recorded.set(path, {
			status: response.status,
			headers: { ...Object.fromEntries(response.headers), "content-length": String(body.length) },
			body,
		});
	}
	const server = createServer((request, response) => {
		const answer =
			recorded.get(request.url ?? "") ??
			(recorded.values().next().value as { status: number; headers: Record<string, string>; body: Buffer });
		response.writeHead(answer.status, answer.headers);
		response.end(answer.body);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return (server.address() as { port: number }).port;
}

async function fastify(): Promise<number> {
	const app = Fastify({ logger: false });
	app.get<{ Params: { slug: string } }>("/v1/articles/:slug", async (request, reply) => {
		const article = await store.articles.getBySlug(request.params.slug);
		if (!article) return reply.code(404).send({ status: 404 });
		return article;
	});
	app.get<{ Querystring: { diplomat?: string; format?: "in_person" } }>("/v1/meetings", async (request) =>
		store.meetings.list({
			diplomat: request.query.diplomat,
			format: request.query.format,
			review: "confirmed",
		}),
	);
	app.get<{ Querystring: { q: string } }>("/v1/search", async (request) => searchAll(request.query.q));
	app.get<{ Params: { id: string } }>("/v1/diplomats/:id", async (request, reply) => {
		const diplomat = await store.diplomats.get(request.params.id);
		if (!diplomat) return reply.code(404).send({ status: 404 });
		return diplomat;
	});
	app.get<{ Params: { id: string } }>("/v1/diplomats/:id/counterparts", async (request) => ({
		diplomat: request.params.id,
		items: await store.diplomats.counterparts(request.params.id),
	}));
	app.get<{ Params: { id: string } }>("/v1/occasions/:id", async (request, reply) => {
		const occasion = await store.occasions.get(request.params.id);
		if (!occasion) return reply.code(404).send({ status: 404 });
		const matrix = await store.occasions.matrix(occasion.id);
		return { occasion, parties: matrix?.parties ?? [], pairs: matrix?.pairs ?? [] };
	});
	await app.listen({ port: 0, host: "127.0.0.1" });
	return (app.server.address() as { port: number }).port;
}

/** The API as server.ts runs it (fast lanes for articles and other public reads); with `fastLane: false`, the Hono app alone (what a Workers deployment runs). */
async function hono(fastLane: boolean): Promise<number> {
	const articleCache = new ArticleCache();
	const app = createApp({ store, articleCache, clientAddress: nodeClientAddress(), log: () => {} });
	// As server.ts runs it: answers kept up to 10 s, emptied when the store's change count moves.
	const responseCache = new ResponseCache(1000, 10_000);
	if (fastLane)
		watchChanges(store, () => {
			responseCache.clear();
			articleCache.clear();
		});
	const lanes = fastLane ? { articleCache, responseCache } : {};
	return (await listen(nodeListener(app.fetch, lanes), { port: 0 })).port;
}

const port =
	kind === "bare"
		? await bare()
		: kind === "replay"
			? await replay()
			: kind === "fastify"
				? await fastify()
				: await hono(kind === "api");
process.stdout.write(`port=${port}\n`);
