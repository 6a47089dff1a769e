import { importPage } from "@sidelines/ingest";
import { openStore } from "@sidelines/store";
import { createApp } from "./app.js";
import { readEnv } from "./env.js";
import { ArticleCache } from "./http/article-cache.js";
import { ResponseCache } from "./http/response-cache.js";
import { listen, loadScalarBundle, nodeClientAddress, nodeIsHttps, nodeListener } from "./node.js";

// The Node entry: configuration from the environment, the store (demo data on an empty database), listen.
const env = readEnv();
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
const responseCache = new ResponseCache();
const server = await listen(
	nodeListener(app.fetch, { articleCache, responseCache, trustProxy: env.trustProxy }),
	{
		port: env.port,
		hostname: "0.0.0.0",
	},
);
console.log(
	`Sidelines API on http://localhost:${server.port} (${store.dialect}${store.dialect === "sqlite" ? ` ${env.sqlitePath}` : ""}); docs at /docs`,
);

let stopping = false;
async function stop(signal: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	console.log(`${signal}: closing the server and the store`);
	try {
		await server.close();
		await store.close();
		process.exitCode = 0;
	} catch (error) {
		console.error(error);
		process.exitCode = 1;
	}
}
process.once("SIGINT", () => void stop("SIGINT"));
process.once("SIGTERM", () => void stop("SIGTERM"));
