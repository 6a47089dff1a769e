import type { Kysely } from "kysely";
import type { Schema } from "./schema.js";

/** What every repository works with: the database (or the current transaction) and which engine it is. */
export interface StoreContext {
	db: Kysely<Schema>;
	dialect: "sqlite" | "postgres";
}

/** Runs `work` in the current transaction, or in a new one when there is none. */
export function inTransaction<T>(
	context: StoreContext,
	work: (context: StoreContext) => Promise<T>,
): Promise<T> {
	if (context.db.isTransaction) return work(context);
	return context.db.transaction().execute((trx) => work({ ...context, db: trx }));
}

/** Counts come back as numbers on SQLite and as strings (bigint) on PostgreSQL. */
export function asNumber(value: unknown): number {
	return typeof value === "number" ? value : Number(value);
}
