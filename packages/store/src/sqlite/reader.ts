import { DatabaseSync } from "node:sqlite";
import type { DirectRead } from "../context.js";
import { isBusy, NATIVE_BUSY_TIMEOUT_MS, sleep } from "./node-sqlite-dialect.js";
import { StatementCache, toParameter } from "./statements.js";

/**
 * A read-only connection for compiled reads outside transactions. In WAL mode it reads the last commit
 * without waiting for the store's own connection, which a transaction holds across awaits; and a read
 * started after a commit sees that commit. Rows keep node:sqlite's null prototype (callers read columns).
 */
export function sqliteReader(path: string, busyTimeoutMs: number): { read: DirectRead; close(): void } {
	const database = new DatabaseSync(path, { readOnly: true, timeout: NATIVE_BUSY_TIMEOUT_MS });
	const statements = new StatementCache(database);
	const all = (sql: string, parameters: readonly unknown[]) =>
		statements.prepare(sql).statement.all(...parameters.map(toParameter));
	return {
		read(sql, parameters) {
			try {
				return all(sql, parameters);
			} catch (error) {
				if (!isBusy(error)) throw error;
				return retry(sql, parameters);
			}
		},
		close: () => database.close(),
	};

	/** A reader meets a lock only while another connection recovers the WAL: wait for it asynchronously. */
	async function retry(sql: string, parameters: readonly unknown[]) {
		const started = Date.now();
		for (let attempt = 1; ; attempt++) {
			await sleep(Math.min(50, attempt) * (0.5 + Math.random()));
			try {
				return all(sql, parameters);
			} catch (error) {
				if (!isBusy(error) || Date.now() - started > busyTimeoutMs) throw error;
			}
		}
	}
}
