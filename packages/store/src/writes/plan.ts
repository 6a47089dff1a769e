import { type Compilable, type CompiledQuery, type Expression, type Kysely, type SqlBool, sql } from "kysely";
import type { StoreContext } from "../context.js";
import type { Schema } from "../schema.js";

/** Says why a plan could not commit at a statement: a store error, or undefined when a retry may succeed. */
export type Explain = (db: Kysely<Schema>) => Promise<Error | undefined>;

/** One statement of a write plan, with what must hold for the write to stand. */
export interface PlannedStatement {
	query: CompiledQuery;
	/** Rows the statement must change (a version-checked UPDATE or DELETE, a compare-and-set); absent: any. */
	changes?: number;
	/** A guard fails on purpose (NULL into counters.value) when something the plan read has changed since. */
	guard?: true;
	explain?: Explain;
}

/** Runs a finished plan all or nothing: one transaction on Node, one batch on Cloudflare D1. */
export type PlanCommitter = (statements: readonly PlannedStatement[]) => Promise<void>;

/** A plan stopped at a guard (or, on D1, somewhere in the batch): the write did not happen. */
export class GuardFailedError extends Error {
	override readonly name = "GuardFailedError";
	/** The statements that may have failed, in plan order (one on Node; every guarded one on D1). */
	constructor(readonly suspects: readonly PlannedStatement[]) {
		super("a guarded statement of a write plan did not hold");
	}
}

/** The guard statement: inserts NULL into a NOT NULL column, and so aborts the plan, when `failed` holds. */
export const GUARD_INSERT = "insert into counters (name, value) select 'write-guard', null where";

/** Whether a database error is a guard of ours failing (node:sqlite and D1 say it in text, pg with codes). */
export function isGuardViolation(error: unknown): boolean {
	const shape = (error ?? {}) as { code?: unknown; table?: unknown; column?: unknown; message?: unknown };
	if (shape.code === "23502") return shape.table === "counters" && shape.column === "value";
	return /NOT NULL constraint failed: counters\.value/.test(String(shape.message ?? error));
}

/** A row written earlier in the same plan, for reads the plan makes afterwards (the database has not seen it). */
export interface PendingRow {
	version: number;
	doc: string;
	[column: string]: unknown;
}

export type PendingTable = "articles" | "meetings" | "diplomats" | "occasions";

/**
 * One write being planned. Reads go to the database (inside the transaction on Node, before the batch on D1)
 * and see rows this plan wrote through `pending`; writes become statements that run together at the end.
 * Whatever a read decided is re-checked inside the plan (version checks, `require`), so a write that raced
 * another one aborts as a whole instead of committing on stale reads.
 */
export class WritePlan {
	readonly statements: PlannedStatement[] = [];
	readonly #written = new Map<string, PendingRow | null>();
	readonly #created = new Set<string>();
	#serial: number | undefined;

	constructor(readonly context: StoreContext) {}

	get db(): Kysely<Schema> {
		return this.context.db;
	}

	/** Adds a statement; with `changes`, the plan aborts unless it changes exactly that many rows. */
	run(query: Compilable | CompiledQuery, guard: { changes?: number; explain?: Explain } = {}): void {
		this.statements.push({ query: "compile" in query ? query.compile() : query, ...guard });
	}

	/** Aborts the plan, when it runs, unless `condition` holds then (a read the plan relied on still stands). */
	require(condition: Expression<SqlBool>): void {
		this.statements.push({
			query: sql`${sql.raw(GUARD_INSERT)} not (${condition})`.compile(this.db),
			guard: true,
		});
	}

	/** Records that this plan writes `row` (or deletes it, with null) so later reads in the plan see it. */
	remember(table: PendingTable, id: string, row: PendingRow | null, { created = false } = {}): void {
		this.#written.set(`${table}\u0000${id}`, row);
		if (created) this.#created.add(`${table}\u0000${id}`);
	}

	/** Whether this plan inserts the row (then a failed check on it says nothing about other writers). */
	creates(table: PendingTable, id: string): boolean {
		return this.#created.has(`${table}\u0000${id}`);
	}

	/** The row as this plan left it: a row, null when deleted, undefined when the plan did not touch it. */
	pending(table: PendingTable, id: string): PendingRow | null | undefined {
		return this.#written.get(`${table}\u0000${id}`);
	}

	/** Every row of `table` this plan wrote (not deleted ones), by id. */
	pendingRows(table: PendingTable): Map<string, PendingRow> {
		const rows = new Map<string, PendingRow>();
		for (const [key, row] of this.#written) {
			const [kind, id] = key.split("\u0000") as [string, string];
			if (kind === table && row) rows.set(id, row);
		}
		return rows;
	}

	/**
	 * The next article serial: read once, then counted here, and claimed with a compare-and-set so that two
	 * plans that read the same value cannot both commit (the loser is retried).
	 */
	async nextSerial(): Promise<number> {
		if (this.#serial === undefined) {
			const row = await this.db
				.selectFrom("counters")
				.select("value")
				.where("name", "=", "article_serial")
				// PostgreSQL: hold the counter until commit, so concurrent creators queue instead of retrying.
				.$if(this.context.dialect === "postgres" && this.db.isTransaction, (query) => query.forUpdate())
				.executeTakeFirstOrThrow();
			this.#serial = Number(row.value);
		}
		const claimed = this.#serial + 1;
		this.run(
			this.db
				.updateTable("counters")
				.set({ value: claimed })
				.where("name", "=", "article_serial")
				.where("value", "=", this.#serial),
			{ changes: 1 },
		);
		this.#serial = claimed;
		return claimed;
	}
}
