import type { DatabaseSync, SQLInputValue, StatementSync } from "node:sqlite";

const STATEMENT_CACHE_SIZE = 200;

/** A connection's prepared statements by SQL text, the least recently prepared dropped beyond 200. */
export class StatementCache {
	readonly #statements = new Map<string, { statement: StatementSync; reader: boolean }>();
	constructor(readonly database: DatabaseSync) {}

	/** The statement for `text`, and whether it returns rows. */
	prepare(text: string) {
		let entry = this.#statements.get(text);
		if (!entry) {
			const statement = this.database.prepare(text);
			entry = { statement, reader: statement.columns().length > 0 };
			if (this.#statements.size >= STATEMENT_CACHE_SIZE) {
				const oldest = this.#statements.keys().next().value;
				if (oldest !== undefined) this.#statements.delete(oldest);
			}
			this.#statements.set(text, entry);
		}
		return entry;
	}
}

/** A query parameter as node:sqlite takes it: booleans as 0/1, undefined as NULL. */
export function toParameter(value: unknown): SQLInputValue {
	if (typeof value === "boolean") return value ? 1 : 0;
	if (value === undefined) return null;
	return value as SQLInputValue;
}
