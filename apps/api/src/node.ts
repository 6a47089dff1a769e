import { readFile } from "node:fs/promises";
import {
	createServer,
	type IncomingMessage,
	type RequestListener,
	type ServerResponse,
	STATUS_CODES,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { getRequestListener } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { ArticleCache } from "./http/article-cache.js";
import { articleAnswer, laneSlug } from "./http/article-lane.js";
import { cachingFetch, ResponseCache } from "./http/response-cache.js";
import type { ClientAddress } from "./http/types.js";
import { noneMatch } from "./middleware/etag.js";
import { problemResponse, problemType } from "./middleware/problem.js";
import type { ScalarBundleLoader } from "./routes/docs.js";

export { CHANGE_POLL_MS, type ChangeWatch, watchChanges } from "./http/change-watch.js";

/**
 * The client address on Node: the socket's peer, or, only when a trusted reverse proxy is in
 * front (`trustProxy`), the address that proxy appended last to X-Forwarded-For.
 */
export function nodeClientAddress({ trustProxy = false }: { trustProxy?: boolean } = {}): ClientAddress {
	return function clientAddress(c: Context) {
		if (trustProxy) {
			const forwarded = c.req.header("x-forwarded-for");
			const last = forwarded?.split(",").at(-1)?.trim();
			if (last) return last;
		}
		try {
			return getConnInfo(c).remote.address ?? "unknown";
		} catch {
			// app.request() in tests has no socket.
			return "unknown";
		}
	};
}

/** Whether a request came over https: the URL's scheme, or X-Forwarded-Proto from a trusted proxy. */
export function nodeIsHttps({ trustProxy = false }: { trustProxy?: boolean } = {}): (c: Context) => boolean {
	return (c) =>
		c.req.url.startsWith("https:") || forwardedHttps(trustProxy, c.req.header("x-forwarded-proto"));
}

/** Whether a trusted reverse proxy says the request reached it over https (the Node server itself speaks http). */
const forwardedHttps = (trustProxy: boolean, proto: string | string[] | undefined) =>
	trustProxy && proto === "https";

/** Reads Scalar's standalone bundle from node_modules (@scalar/api-reference/dist/browser/standalone.js). */
export const loadScalarBundle: ScalarBundleLoader = async () => {
	const entry = new URL(import.meta.resolve("@scalar/api-reference"));
	return new Uint8Array(await readFile(new URL("./browser/standalone.js", entry)));
};

/** A running HTTP server. */
export interface RunningServer {
	url: string;
	port: number;
	/** Stops accepting connections, closes idle keep-alive sockets and waits for the rest. */
	close(): Promise<void>;
}

type FetchHandler = (request: Request, env?: unknown) => Response | Promise<Response>;

/**
 * The first value of header `name` (lower case) in Node's raw list, without making Node build `req.headers`
 * (a cost the lanes' answers would otherwise pay on every request). A repeated If-None-Match is read as its
 * first value only: at worst a 200 where a 304 would do.
 */
function rawHeader(raw: string[], name: string): string | undefined {
	for (let index = 0; index < raw.length; index += 2) {
		const candidate = raw[index] as string;
		if (candidate.length === name.length && candidate.toLowerCase() === name) return raw[index + 1];
	}
	return undefined;
}

/**
 * The Node request listener: @hono/node-server's adapter for `fetch`, with fast lanes in front: the
 * article lane for GET /v1/articles/{slug} (`articleAnswer`, the very function the app's route answers
 * with, over the same `articleCache`), and the other anonymous public reads whose answers are fresh in
 * `responseCache` (see ResponseCache for the bound). Everything else, and every cache miss, goes through
 * the app. Tests check both paths answer byte for byte alike.
 */
export function nodeListener(
	fetch: FetchHandler,
	{
		articleCache,
		responseCache,
		trustProxy = false,
	}: { articleCache?: ArticleCache; responseCache?: ResponseCache; trustProxy?: boolean } = {},
): RequestListener {
	const app = getRequestListener(responseCache ? cachingFetch(fetch, responseCache, trustProxy) : fetch);
	if (!articleCache && !responseCache) return app;
	return function sidelinesListener(req: IncomingMessage, res: ServerResponse) {
		const url = req.url;
		if (req.method === "GET" && url !== undefined) {
			const authorized = rawHeader(req.rawHeaders, "authorization") !== undefined;
			// Checked first: reading a header by name makes Node build req.headers, which only a proxy's needs.
			const https = trustProxy && forwardedHttps(trustProxy, req.headers["x-forwarded-proto"]);
			const slug = articleCache ? laneSlug(url) : undefined;
			if (articleCache && slug !== undefined) {
				const answer = articleAnswer(articleCache, slug, {
					authorized,
					ifNoneMatch: rawHeader(req.rawHeaders, "if-none-match"),
					https,
				});
				if (answer) {
					res.writeHead(answer.status, answer.headers);
					res.end(answer.body);
					return;
				}
			} else if (responseCache && !authorized && !https && ResponseCache.covers(url)) {
				const entry = responseCache.fresh(url);
				if (entry) {
					if (entry.etag !== undefined && noneMatch(rawHeader(req.rawHeaders, "if-none-match"), entry.etag)) {
						const { "content-type": _type, "content-length": _length, ...headers } = entry.headers;
						res.writeHead(304, headers);
						res.end();
						return;
					}
					res.writeHead(entry.status, entry.headers);
					res.end(entry.body);
					return;
				}
			}
		}
		void app(req, res);
	};
}

/**
 * How long a connection may take, in ms. Chosen so a slow client cannot hold a socket open: a whole
 * request (headers and a 1 MiB body) gets 30 s, its headers 10 s, an idle keep-alive socket 5 s;
 * Node checks every second (its default of 30 s would let a request overrun by that much).
 */
export const SERVER_TIMEOUTS = {
	requestTimeout: 30_000,
	headersTimeout: 10_000,
	keepAliveTimeout: 5_000,
	connectionsCheckingInterval: 1_000,
};

/** Node's own refusals, before any request reaches the app, as the problems the app would send. */
const CLIENT_ERRORS: Record<string, { status: number; detail: string }> = {
	HPE_HEADER_OVERFLOW: { status: 431, detail: "the request line and headers are larger than 16 KiB" },
	ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: "the request did not arrive within the request timeout" },
};

/**
 * Answers a request Node's HTTP parser refused (too large, malformed, too slow) with problem+json, as every
 * other 4xx is, then closes the connection (Node's default answers with an empty body).
 */
async function refuseClientError(error: Error & { code?: string }, socket: Duplex): Promise<void> {
	if (!socket.writable || error.code === "ECONNRESET") {
		socket.destroy();
		return;
	}
	const { status, detail } = CLIENT_ERRORS[error.code ?? ""] ?? {
		status: 400,
		detail: "the request is not valid HTTP/1.1",
	};
	const problem = problemResponse("", status, detail, { type: problemType("malformed-request") });
	const body = Buffer.from(await problem.text());
	const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, "connection: close"];
	for (const [name, value] of problem.headers) head.push(`${name}: ${value}`);
	head.push(`content-length: ${body.length}`);
	socket.end(Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`, "latin1"), body]));
}

/**
 * Serves a request listener (see {@link nodeListener}) over HTTP.
 * @example const server = await listen(nodeListener(app.fetch), { port: 0 }); await fetch(`${server.url}/healthz`);
 */
export function listen(
	listener: RequestListener,
	{
		port = 8787,
		hostname = "127.0.0.1",
		timeouts = SERVER_TIMEOUTS,
	}: { port?: number; hostname?: string; timeouts?: Partial<typeof SERVER_TIMEOUTS> } = {},
): Promise<RunningServer> {
	const server = createServer({ ...SERVER_TIMEOUTS, ...timeouts }, listener);
	server.on("clientError", (error, socket) => void refuseClientError(error, socket));
	return new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(port, hostname, () => {
			const info = server.address() as AddressInfo;
			const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
			resolve({
				url: `http://${host}:${info.port}`,
				port: info.port,
				close: () =>
					new Promise<void>((done, fail) => {
						server.close((error) => (error ? fail(error) : done()));
						server.closeIdleConnections();
					}),
			});
		});
	});
}
