import cluster from "node:cluster";
import { importPage } from "@sidelines/ingest";
import { openStore } from "@sidelines/store";
import { createApp } from "./app.js";
import { type ApiEnv, readEnv } from "./env.js";
import { ArticleCache } from "./http/article-cache.js";
import { watchChanges } from "./http/change-watch.js";
import { ResponseCache } from "./http/response-cache.js";
import { listen, loadScalarBundle, nodeClientAddress, nodeIsHttps, nodeListener } from "./node.js";

// The Node entry: configuration from the environment, the store (demo data on an empty database), listen.
// With WORKERS=N it forks N processes that share the port (Node's cluster module), after migrating once.
/** How long a stopping process waits for open requests and the store before it exits anyway. */
const STOP_GRACE_MS = 10_000;

const env = readEnv();
if (env.workers > 1 && cluster.isPrimary) await supervise(env);
else await serve(env);

async function serve(env: ApiEnv): Promise<void> {
	const store = await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath, demo: true });
	const articleCache = new ArticleCache();
	const app = createApp({
		store,
		articleCache,
		siteOrigin: env.siteOrigin,
		clientAddress: nodeClientAddress(env),
		isHttps: nodeIsHttps(env),
		scalarBundle: loadScalarBundle,
		importer: importPage,
	});
	// Answers live up to 10 s, but a write through any process reaches them within one poll (100 ms).
	const responseCache = new ResponseCache(1000, 10_000);
	const watch = watchChanges(store, () => {
		responseCache.clear();
		articleCache.clear();
	});
	const server = await listen(
		nodeListener(app.fetch, { articleCache, responseCache, trustProxy: env.trustProxy }),
		{
			port: env.port,
			hostname: "0.0.0.0",
		},
	);
	console.log(
		`Sidelines API on http://localhost:${server.port} (${store.dialect}${store.dialect === "sqlite" ? ` ${env.sqlitePath}` : ""}); docs at /docs${cluster.isWorker ? ` (process ${process.pid})` : ""}`,
	);

	let stopping = false;
	async function stop(signal: string): Promise<void> {
		if (stopping) return;
		stopping = true;
		console.log(`${signal}: closing the server and the store`);
		// A client that keeps a request open past the grace period must not keep the process alive.
		setTimeout(() => {
			console.error(`${signal}: still closing after ${STOP_GRACE_MS} ms; exiting`);
			process.exit(1);
		}, STOP_GRACE_MS).unref();
		try {
			watch.stop();
			await server.close();
			await store.close();
			process.exitCode = 0;
		} catch (error) {
			console.error(error);
			process.exitCode = 1;
		}
		// A cluster worker's channel to the primary keeps it alive until it lets go.
		if (cluster.isWorker) process.disconnect();
	}
	process.once("SIGINT", () => void stop("SIGINT"));
	process.once("SIGTERM", () => void stop("SIGTERM"));
}

/** The primary of WORKERS=N: migrates and loads the demo once, forks the workers, stops them all together. */
async function supervise(env: ApiEnv): Promise<void> {
	await (await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath, demo: true })).close();
	let stopping = false;
	const stopAll = (code: number) => {
		stopping = true;
		process.exitCode = code;
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
	};
	cluster.on("exit", (worker, code, signal) => {
		if (stopping) return;
		console.error(
			`API process ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); stopping the rest`,
		);
		stopAll(1);
	});
	for (let index = 0; index < env.workers; index++) cluster.fork();
	process.once("SIGINT", () => stopAll(0));
	process.once("SIGTERM", () => stopAll(0));
}
