import { createServer } from "node:http";
import { ArticleCache, createApp } from "@sidelines/api";
import { listen, nodeClientAddress, nodeListener } from "@sidelines/api/node";
import { openStore } from "@sidelines/store";
import Fastify from "fastify";

/*
 * One benchmark server per process: `servers.ts <bare|replay|fastify|api|app> <sqlite file>`. Prints
 * `port=<n>` once listening. Every server answers the same three routes from the same store.
 */

const [kind, sqlitePath] = process.argv.slice(2);
const store = await openStore({ sqlitePath });
const SLUG = "motegi-and-blinken-pledge-g20-teamwork-in-matera-talks";
const MEETINGS = { diplomat: "motegi-toshimitsu", format: "in_person" as const };
const Q = "Motegi";

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

async function bare(): Promise<number> {
	// The ceiling: bytes serialized once, no routing, no store.
	const article = Buffer.from(JSON.stringify(await store.articles.getBySlug(SLUG)));
	const meetings = Buffer.from(
		JSON.stringify(await store.meetings.list({ ...MEETINGS, review: "confirmed" })),
	);
	const search = Buffer.from(JSON.stringify(await searchAll(Q)));
	const server = createServer((request, response) => {
		const body = request.url?.startsWith("/v1/articles/")
			? article
			: request.url?.startsWith("/v1/meetings")
				? meetings
				: search;
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
	for (const path of [
		`/v1/articles/${SLUG}`,
		"/v1/meetings?diplomat=motegi-toshimitsu&format=in_person",
		`/v1/search?q=${Q}`,
	]) {
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
	await app.listen({ port: 0, host: "127.0.0.1" });
	return (app.server.address() as { port: number }).port;
}

/** The API as server.ts runs it; with `fastLane: false`, the Hono app alone (what a Workers deployment runs). */
async function hono(fastLane: boolean): Promise<number> {
	const articleCache = new ArticleCache();
	const app = createApp({ store, articleCache, clientAddress: nodeClientAddress(), log: () => {} });
	return (await listen(nodeListener(app.fetch, fastLane ? { articleCache } : {}), { port: 0 })).port;
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
