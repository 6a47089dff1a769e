import type { Kysely } from "kysely";
import type { Schema } from "./schema.js";
import type { PlanCommitter, WritePlan } from "./writes/plan.js";

/**
 * Runs a compiled read's SQL outside any transaction, straight on the engine's driver (no query builder in
 * between): a read-only SQLite connection of its own, or the PostgreSQL pool with a named statement.
 */
export type DirectRead = (sql: string, parameters: readonly unknown[]) => unknown[] | Promise<unknown[]>;

/** What every repository works with: the database (or the current transaction) and which engine it is. */
export interface StoreContext {
	db: Kysely<Schema>;
	dialect: "sqlite" | "postgres";
	/** Commits write plans where there are no interactive transactions (D1: one batch); default a transaction. */
	commit?: PlanCommitter | undefined;
	/** The plan of the `store.transaction` this context belongs to: writes join it. */
	plan?: WritePlan | undefined;
	/** The fast path of compiled reads when `db` is not a transaction (absent on D1). */
	read?: DirectRead | undefined;
	/**
	 * Reads a mark of the last commit without a query, which moves with every commit (SQLite's WAL-index
	 * header): `store.changeCount` asks the database again only when it has moved.
	 */
	commitMark?: (() => string | undefined) | undefined;
	/** Releases what `read` and `commitMark` hold, before `db` is destroyed. */
	closeRead?: (() => Promise<void> | void) | undefined;
}

/** Counts come back as numbers on SQLite and as strings (bigint) on PostgreSQL. */
export function asNumber(value: unknown): number {
	return typeof value === "number" ? value : Number(value);
}
