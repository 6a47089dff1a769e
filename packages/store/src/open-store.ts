import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { Kysely, PostgresDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import type { StoreContext } from "./context.js";
import { createStore, type SqlStore } from "./create-store.js";
import { loadDemoData } from "./demo-data.js";
import { migrationProvider, migrations } from "./migrations/index.js";
import { postgresRead } from "./postgres/direct-read.js";
import { NamedStatementClient } from "./postgres/named-statement-client.js";
import type { Schema } from "./schema.js";
import { NATIVE_BUSY_TIMEOUT_MS, NodeSqliteDialect } from "./sqlite/node-sqlite-dialect.js";
import { sqliteReader } from "./sqlite/reader.js";
import { type WalMark, walMark } from "./sqlite/wal-mark.js";

/** Where the data lives. The apps read these from the environment; the store never does. */
export interface StoreOptions {
	/** `postgres://...` selects PostgreSQL; absent selects the embedded SQLite file. */
	databaseUrl?: string | undefined;
	/** SQLite file path (default `./data/sidelines.db`); its folder is created. */
	sqlitePath?: string | undefined;
	/** Load the Matera demo records into an empty database (once; a no-op when any record exists). */
	demo?: boolean | undefined;
	/** Apply only the first N migrations (upgrade tests); default all. */
	migrateTo?: number | undefined;
	/** Most PostgreSQL connections in the pool (default 10). */
	maxConnections?: number | undefined;
	/** How long a SQLite writer waits for another connection's write lock, in ms (default 15000). */
	busyTimeoutMs?: number | undefined;
}

/** Default SQLite file, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = "./data/sidelines.db";

function openSqlite(path: string, busyTimeoutMs: number): Kysely<Schema> {
	if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
	const database = new DatabaseSync(path, {
		timeout: NATIVE_BUSY_TIMEOUT_MS,
		enableForeignKeyConstraints: true,
	});
	// Another process may hold the lock while we switch to WAL; wait for it (synchronously, we are starting).
	database.exec(`pragma busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
	database.exec("pragma journal_mode = wal");
	// FULL syncs the WAL on every commit: an acknowledged write survives a power cut or OS crash, not just a
	// process crash (NORMAL in WAL mode may lose the last commits). Writes here are few and small.
	database.exec("pragma synchronous = full");
	database.exec("pragma foreign_keys = on");
	database.exec(`pragma busy_timeout = ${NATIVE_BUSY_TIMEOUT_MS}`);
	return new Kysely<Schema>({ dialect: new NodeSqliteDialect(database, busyTimeoutMs) });
}

function openPostgres(url: string, maxConnections: number) {
	const pool = new pg.Pool({ connectionString: url, max: maxConnections, Client: NamedStatementClient });
	// An idle connection the server ends (a restart, an administrator, a dropped database) reaches the pool as
	// an error event; the pool has already discarded it and the next query connects again. Unheard, Node throws
	// the event and the process dies.
	pool.on("error", () => {});
	return { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), read: postgresRead(pool) };
}

async function migrate(db: Kysely<Schema>, dialect: StoreContext["dialect"], upTo: number): Promise<void> {
	const migrator = new Migrator({ db, provider: migrationProvider(dialect, upTo) });
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((result) => result.status === "Error")?.migrationName;
		throw new Error(
			`database migration ${failed ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`,
			{
				cause: error,
			},
		);
	}
}

/**
 * Opens the store: SQLite at `sqlitePath` unless `databaseUrl` names a PostgreSQL server, then applies
 * pending migrations (safe to run from several processes at once) and, with `demo`, loads the demo records.
 * @example
 * const store = await openStore({ databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath, demo: true });
 * const page = await store.meetings.list({ diplomat: "motegi-toshimitsu" });
 */
export async function openStore(options: StoreOptions = {}): Promise<SqlStore> {
	const dialect = options.databaseUrl ? "postgres" : "sqlite";
	const sqlitePath = options.sqlitePath ?? DEFAULT_SQLITE_PATH;
	const busyTimeoutMs = options.busyTimeoutMs ?? 15_000;
	const { db, read } =
		dialect === "postgres"
			? openPostgres(options.databaseUrl as string, options.maxConnections ?? 10)
			: { db: openSqlite(sqlitePath, busyTimeoutMs), read: undefined };
	let reader: ReturnType<typeof sqliteReader> | undefined;
	let mark: WalMark | undefined;
	const release = () => {
		reader?.close();
		mark?.close();
	};
	try {
		await migrate(db, dialect, options.migrateTo ?? migrations.length);
		// SQLite's reader opens the migrated file; an in-memory database is private to one connection.
		if (dialect === "sqlite" && sqlitePath !== ":memory:") {
			reader = sqliteReader(sqlitePath, busyTimeoutMs);
			mark = walMark(sqlitePath);
		}
		const store = createStore({
			db,
			dialect,
			read: reader?.read ?? read,
			commitMark: mark?.read,
			closeRead: release,
		});
		if (options.demo) await loadDemoData(store);
		return store;
	} catch (error) {
		release();
		await db.destroy();
		throw error;
	}
}
