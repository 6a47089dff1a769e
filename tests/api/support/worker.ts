import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { openStore, type SqlStore } from "@sidelines/store";
import { createD1Store, type D1Database } from "@sidelines/store/edge";
import { Miniflare } from "miniflare";
import type { ApiTarget } from "./target.js";

const require = createRequire(import.meta.url);

/** Runs the built `sidelines` CLI on SQLite file `database`; throws with its stderr when it fails. */
async function sidelines(args: string[], database: string): Promise<string> {
	const main = join(dirname(require.resolve("@sidelines/cli/package.json")), "dist", "main.js");
	const { stdout } = await promisify(execFile)(
		process.execPath,
		["--disable-warning=ExperimentalWarning", main, ...args],
		{ env: { ...process.env, SIDELINES_DB: database, DATABASE_URL: "" }, maxBuffer: 50_000_000 },
	);
	return stdout;
}

/**
 * The way the README loads D1: `sidelines export` from a SQLite database, `sidelines d1-sql` to turn the
 * dump into a SQL script, and the script run on an empty D1 database (here with D1's `exec`, which takes
 * one statement per line as `wrangler d1 execute --file` does).
 * @param prepare adds records to the exported SQLite store, which starts with the demo data.
 */
export async function loadD1FromExport(
	database: LocalD1,
	prepare: (store: SqlStore) => Promise<void> = async () => {},
): Promise<void> {
	const folder = mkdtempSync(join(tmpdir(), "sidelines-d1-load-"));
	try {
		const source = join(folder, "source.db");
		const store = await openStore({ sqlitePath: source, demo: true });
		try {
			await prepare(store);
		} finally {
			await store.close();
		}
		await sidelines(["export", "--out", join(folder, "dump.json")], source);
		await sidelines(["d1-sql", join(folder, "dump.json"), "--out", join(folder, "d1.sql")], source);
		await database.exec(readFileSync(join(folder, "d1.sql"), "utf8"));
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** Miniflare's local D1 database, seen from Node. */
export type LocalD1 = D1Database & { exec(query: string): Promise<unknown> };

/** The Workers entry (dist/worker.js) in workerd through Miniflare over a local D1, as an ApiTarget. */
export interface TestWorker extends ApiTarget {
	dispose(): Promise<void>;
}

let client = 0;

/**
 * Starts the built Workers entry in Miniflare with an empty D1 database, loads it with `load`, and gives a
 * target whose requests each come from their own client address (CF-Connecting-IP), unless a test sets one:
 * the per-address limits are an isolate's memory, tested on Node.
 */
export async function startWorker(load: (database: LocalD1) => Promise<void>): Promise<TestWorker> {
	const scriptPath = join(dirname(require.resolve("@sidelines/api")), "worker.js");
	const worker = new Miniflare({
		// One module given by content, so workerd does not resolve paths (or source maps) outside it.
		modules: [
			{
				type: "ESModule",
				path: "worker.js",
				contents: readFileSync(scriptPath, "utf8").replace(/\/\/# sourceMappingURL=.*$/m, ""),
			},
		],
		compatibilityDate: "2026-07-01",
		compatibilityFlags: ["nodejs_compat"],
		d1Databases: ["DB"],
		bindings: { SITE_ORIGIN: "https://site.example" },
	});
	const database = (await worker.getD1Database("DB")) as unknown as LocalD1;
	await load(database);
	const store = createD1Store(database);
	return {
		store,
		fetch(path, init = {}) {
			const headers = new Headers(init.headers);
			if (!headers.has("cf-connecting-ip"))
				headers.set("cf-connecting-ip", `2001:db8::${(++client).toString(16)}`);
			return worker.dispatchFetch(`http://api.example${path}`, {
				...init,
				headers,
			} as never) as unknown as Promise<Response>;
		},
		async key(scopes, name = "test") {
			const { token, key } = await store.apiKeys.create({ name, scopes });
			return { id: key.id, authorization: `Bearer ${token}` };
		},
		dispose: () => worker.dispose(),
	};
}
