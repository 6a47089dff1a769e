import { type Kysely, sql, type Transaction } from "kysely";
import type { StoreContext } from "../context.js";
import { ConflictError, translateConstraintError } from "../errors.js";
import type { Schema } from "../schema.js";
import { GuardFailedError, isGuardViolation, type PlannedStatement, WritePlan } from "./plan.js";

/** Plans that lost a race are planned again from fresh reads this many times in all. */
const ATTEMPTS = 4;

/** Runs a plan's statements in an open transaction, checking each guard as it goes. */
async function runInTransaction(trx: Transaction<Schema>, statements: readonly PlannedStatement[]) {
	for (const statement of statements) {
		let changed: number;
		try {
			changed = Number((await trx.executeQuery(statement.query)).numAffectedRows ?? 0);
		} catch (error) {
			if (isGuardViolation(error)) throw new GuardFailedError([statement]);
			translateConstraintError(error);
		}
		if (statement.changes !== undefined && changed !== statement.changes)
			throw new GuardFailedError([statement]);
	}
}

/**
 * Counts committed writes in `counters` ('changes'), in the transaction or batch of the write itself, so any
 * process can tell by one read that something changed (see `store.changeCount`).
 */
function countChange(plan: WritePlan): void {
	if (plan.statements.length === 0) return;
	plan.run(
		sql`insert into counters (name, value) values ('changes', 1) on conflict (name) do update set value = counters.value + 1`.compile(
			plan.db,
		),
	);
}

async function planAndCommit<T>(context: StoreContext, work: (plan: WritePlan) => Promise<T>): Promise<T> {
	if (context.commit) {
		// A batch engine (D1): read and plan first, then send every statement at once.
		const plan = new WritePlan({ ...context, plan: undefined });
		const result = await work(plan);
		countChange(plan);
		if (plan.statements.length > 0) await context.commit(plan.statements);
		return result;
	}
	return context.db.transaction().execute(async (trx) => {
		const plan = new WritePlan({ ...context, db: trx });
		const result = await work(plan);
		countChange(plan);
		await runInTransaction(trx, plan.statements);
		return result;
	});
}

async function explain(failure: GuardFailedError, db: Kysely<Schema>): Promise<Error | undefined> {
	for (const statement of failure.suspects) {
		const reason = await statement.explain?.(db);
		if (reason) return reason;
	}
	return undefined;
}

/**
 * Runs one write: `work` reads what it needs and plans its statements on `plan`, then the plan commits all
 * or nothing (a transaction, or one D1 batch). Inside `store.transaction` the work joins that plan instead.
 * A guard that fails is explained (NotFoundError, VersionConflictError) or, when only a read went stale,
 * the whole write is planned again.
 * @example await write(context, async (plan) => plan.run(context.db.deleteFrom("sections").where("slug", "=", slug)));
 */
export async function write<T>(context: StoreContext, work: (plan: WritePlan) => Promise<T>): Promise<T> {
	if (context.plan) return work(context.plan);
	for (let attempt = 1; ; attempt++) {
		try {
			return await planAndCommit(context, work);
		} catch (error) {
			if (!(error instanceof GuardFailedError)) throw error;
			const reason = await explain(error, context.db);
			if (reason) throw reason;
			if (attempt === ATTEMPTS)
				throw new ConflictError("the records this write depends on kept changing while it ran; try again");
		}
	}
}
