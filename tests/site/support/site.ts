import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import type { AppDeps } from "@sidelines/api";
import { nodeClientAddress } from "@sidelines/api/node";
import { importPage } from "@sidelines/ingest";
import { startApi, type TestApi } from "../../api/support/api.js";
import type { DatabaseKind } from "../../api/support/databases.js";

/** The API and the reader's site, started side by side over a fresh SQLite store with the demo data. */
export interface TestSite {
	api: TestApi;
	/** The site's origin, e.g. http://127.0.0.1:41234. */
	url: string;
	/** fetch against the site: `site.fetch("/articles/...")`. */
	fetch(path: string, init?: RequestInit): Promise<Response>;
	/** What the site process printed (for failures). */
	output(): string;
	close(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
		});
	});
}

const require = createRequire(import.meta.url);
const siteEntry = join(dirname(require.resolve("@sidelines/site/package.json")), "dist/server/entry.mjs");

/** How to start the pair: the database behind the API, its options, or another API altogether. */
export interface SiteOptions {
	/** Read from this API instead of the one started here. */
	apiUrl?: string;
	/** The API's database (default SQLite). */
	kind?: DatabaseKind;
	/** More of the API's dependencies (limits, clock, ...). */
	api?: Omit<AppDeps, "store">;
}

/**
 * Starts the API in this process (real HTTP, SQLite or PostgreSQL with the demo data, the page importer,
 * trusting the site's X-Forwarded-For) and the built site (`apps/site/dist`) as a child process pointed
 * at it (or at `apiUrl`), each on a free port.
 */
export async function startSite(options: SiteOptions = {}): Promise<TestSite> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const api = await startApi(options.kind ?? "sqlite", {
		siteOrigin: url,
		clientAddress: nodeClientAddress({ trustProxy: true }),
		importer: importPage,
		...options.api,
	});
	let output = "";
	const child: ChildProcess = spawn(process.execPath, [siteEntry], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: "127.0.0.1",
			SIDELINES_API_URL: options.apiUrl ?? api.url,
			SITE_URL: url,
			ASTRO_TELEMETRY_DISABLED: "1",
		},
		stdio: ["ignore", "pipe", "pipe"],
	});
	child.stdout?.on("data", (chunk) => {
		output += chunk;
	});
	child.stderr?.on("data", (chunk) => {
		output += chunk;
	});
	const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
	for (let attempt = 0; ; attempt++) {
		const up = await fetch(`${url}/robots.txt`).then(
			(response) => response.ok,
			() => false,
		);
		if (up) break;
		if (attempt > 200 || child.exitCode !== null) {
			child.kill();
			await api.close();
			throw new Error(`the site did not start on ${url}:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return {
		api,
		url,
		fetch: (path, init) => fetch(`${url}${path}`, { redirect: "manual", ...init }),
		output: () => output,
		async close() {
			child.kill("SIGTERM");
			await exited;
			await api.close();
		},
	};
}
