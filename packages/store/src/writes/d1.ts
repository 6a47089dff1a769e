import { translateConstraintError } from "../errors.js";
import { GUARD_INSERT, GuardFailedError, isGuardViolation, type PlanCommitter } from "./plan.js";

/** The part of a Cloudflare D1 binding (`env.DB`) that commits plans. */
export interface D1Batcher {
	prepare(query: string): { bind(...values: unknown[]): unknown };
	batch(statements: unknown[]): Promise<unknown>;
}

// SQLite's changes(): rows changed by the statement just before, in the same batch.
const CHANGES_GUARD = `${GUARD_INSERT} changes() <> ?`;

/**
 * Commits write plans on Cloudflare D1 as one `batch()`, which D1 runs as a single transaction. A statement
 * that must change a number of rows is followed by a guard on `changes()`, so a stale version aborts the
 * whole batch. D1 does not say which statement failed, so every guarded statement is a suspect.
 * @example createStore({ db: new Kysely<Schema>({ dialect: new D1Dialect({ database: env.DB }) }), dialect: "sqlite", commit: commitOnD1(env.DB) });
 */
export function commitOnD1(database: D1Batcher): PlanCommitter {
	return async function commitBatch(statements) {
		const batch: unknown[] = [];
		for (const statement of statements) {
			batch.push(database.prepare(statement.query.sql).bind(...statement.query.parameters));
			if (statement.changes !== undefined)
				batch.push(database.prepare(CHANGES_GUARD).bind(statement.changes));
		}
		try {
			await database.batch(batch);
		} catch (error) {
			if (isGuardViolation(error))
				throw new GuardFailedError(statements.filter((s) => s.changes !== undefined || s.guard));
			translateConstraintError(error);
		}
	};
}
