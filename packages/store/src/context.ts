import type { Kysely } from "kysely";
import type { Schema } from "./schema.js";
import type { PlanCommitter, WritePlan } from "./writes/plan.js";

/** What every repository works with: the database (or the current transaction) and which engine it is. */
export interface StoreContext {
	db: Kysely<Schema>;
	dialect: "sqlite" | "postgres";
	/** Commits write plans where there are no interactive transactions (D1: one batch); default a transaction. */
	commit?: PlanCommitter | undefined;
	/** The plan of the `store.transaction` this context belongs to: writes join it. */
	plan?: WritePlan | undefined;
}

/** Counts come back as numbers on SQLite and as strings (bigint) on PostgreSQL. */
export function asNumber(value: unknown): number {
	return typeof value === "number" ? value : Number(value);
}
