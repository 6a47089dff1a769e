import type { DatabaseSync } from "node:sqlite";
import {
	CompiledQuery,
	type DatabaseConnection,
	type DatabaseIntrospector,
	type Dialect,
	type DialectAdapter,
	type Driver,
	type Kysely,
	type QueryCompiler,
	type QueryResult,
	SqliteAdapter,
	SqliteIntrospector,
	SqliteQueryCompiler,
	type TransactionSettings,
} from "kysely";
import { StatementCache, toParameter } from "./statements.js";

/**
 * SQLite supports transactional DDL; saying so makes Kysely's Migrator run all pending migrations in one
 * `BEGIN IMMEDIATE` transaction, which is also what keeps two processes migrating at once from colliding.
 */
class NodeSqliteAdapter extends SqliteAdapter {
	override get supportsTransactionalDdl(): boolean {
		return true;
	}
}

/** SQLite's own busy handler sleeps synchronously; beyond this it hands back to us (see retry below). */
export const NATIVE_BUSY_TIMEOUT_MS = 10;

/** Whether node:sqlite failed because another connection holds a lock. */
export function isBusy(error: unknown): boolean {
	const code = (error as { errcode?: unknown } | null)?.errcode;
	// SQLITE_BUSY (5) and its extended codes (BUSY_RECOVERY, BUSY_SNAPSHOT, BUSY_TIMEOUT).
	return typeof code === "number" && (code & 0xff) === 5;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const BEGIN = "begin immediate";

class NodeSqliteConnection implements DatabaseConnection {
	readonly #statements: StatementCache;
	constructor(
		readonly database: DatabaseSync,
		readonly busyTimeoutMs: number,
	) {
		this.#statements = new StatementCache(database);
	}

	/**
	 * Runs a statement, waiting for another connection's write lock without blocking the event loop.
	 * node:sqlite is synchronous, so a long native busy wait would also freeze the other connections of this
	 * process, including the one holding the lock (a deadlock until the timeout). Instead the native wait is
	 * short and we retry asynchronously. Only statements that cannot have done anything are retried: any
	 * statement outside a transaction, and the BEGIN IMMEDIATE that starts one.
	 */
	async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
		const started = Date.now();
		for (let attempt = 0; ; attempt++) {
			const retryable = !this.database.isTransaction || query.sql === BEGIN;
			try {
				return this.#execute<R>(query);
			} catch (error) {
				if (!retryable || !isBusy(error) || Date.now() - started > this.busyTimeoutMs) throw error;
				await sleep(Math.min(50, 1 + attempt) * (0.5 + Math.random()));
			}
		}
	}

	#execute<R>(query: CompiledQuery): QueryResult<R> {
		const { statement, reader } = this.#statements.prepare(query.sql);
		const parameters = query.parameters.map(toParameter);
		if (reader) {
			// node:sqlite rows have a null prototype; give callers ordinary objects.
			const rows = statement.all(...parameters).map((row) => ({ ...row }) as R);
			return { rows };
		}
		const { changes, lastInsertRowid } = statement.run(...parameters);
		return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
	}

	async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
		const { statement } = this.#statements.prepare(query.sql);
		for (const row of statement.iterate(...query.parameters.map(toParameter))) {
			yield { rows: [{ ...(row as object) } as R] };
		}
	}
}

/** Serialises use of the single connection: a transaction owns it from BEGIN to COMMIT. */
class ConnectionLock {
	#tail: Promise<void> = Promise.resolve();
	#release: (() => void) | undefined;

	async acquire(): Promise<void> {
		const previous = this.#tail;
		let release!: () => void;
		this.#tail = new Promise((resolve) => {
			release = resolve;
		});
		await previous;
		this.#release = release;
	}

	release(): void {
		const release = this.#release;
		this.#release = undefined;
		release?.();
	}
}

class NodeSqliteDriver implements Driver {
	readonly #lock = new ConnectionLock();
	readonly #connection: NodeSqliteConnection;
	constructor(database: DatabaseSync, busyTimeoutMs: number) {
		this.#connection = new NodeSqliteConnection(database, busyTimeoutMs);
	}
	async init(): Promise<void> {}
	async acquireConnection(): Promise<DatabaseConnection> {
		await this.#lock.acquire();
		return this.#connection;
	}
	async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
		// IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a transaction never fails
		// half-way with SQLITE_BUSY when another connection wrote after it began reading. A read-only
		// transaction (a dump) only needs a snapshot, which in WAL mode never blocks writers.
		await connection.executeQuery(
			CompiledQuery.raw(settings.accessMode === "read only" ? "begin deferred" : BEGIN),
		);
	}
	async commitTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw("commit"));
	}
	async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw("rollback"));
	}
	async releaseConnection(): Promise<void> {
		this.#lock.release();
	}
	async destroy(): Promise<void> {
		if (this.#connection.database.isOpen) this.#connection.database.close();
	}
}

/**
 * A Kysely dialect over Node's built-in `node:sqlite` `DatabaseSync` (one connection, prepared statements cached).
 * Open the database with `timeout: NATIVE_BUSY_TIMEOUT_MS`; the dialect waits longer itself, asynchronously.
 * @example new Kysely<Schema>({ dialect: new NodeSqliteDialect(new DatabaseSync("data.db")) });
 */
export class NodeSqliteDialect implements Dialect {
	/** @param busyTimeoutMs how long a statement waits for another connection's write lock before SQLITE_BUSY. */
	constructor(
		readonly database: DatabaseSync,
		readonly busyTimeoutMs = 15_000,
	) {}
	createAdapter(): DialectAdapter {
		return new NodeSqliteAdapter();
	}
	createDriver(): Driver {
		return new NodeSqliteDriver(this.database, this.busyTimeoutMs);
	}
	createQueryCompiler(): QueryCompiler {
		return new SqliteQueryCompiler();
	}
	// biome-ignore lint/suspicious/noExplicitAny: Kysely's introspector takes a Kysely of any schema.
	createIntrospector(db: Kysely<any>): DatabaseIntrospector {
		return new SqliteIntrospector(db);
	}
}
