import { sql } from "kysely";
import { NotFoundError, VersionConflictError } from "./errors.js";
import type { Explain, PendingRow, PendingTable, WritePlan } from "./writes/plan.js";

type VersionedTable = PendingTable;

/**
 * Loads a row for a change (as this plan left it, if it wrote it), refusing when it is absent or
 * `expectedVersion` is not its version.
 */
export async function loadForChange(
	plan: WritePlan,
	table: VersionedTable,
	entity: string,
	id: string,
	expectedVersion: number,
): Promise<{ version: number; doc: string }> {
	const pending = plan.pending(table, id);
	const row =
		pending === undefined
			? await plan.db
					.selectFrom(table as VersionedTable)
					.select(["version", "doc"])
					.where("id", "=", id)
					.executeTakeFirst()
			: (pending ?? undefined);
	if (!row) throw new NotFoundError(entity, id);
	if (row.version !== expectedVersion)
		throw new VersionConflictError(entity, id, expectedVersion, row.version);
	return row;
}

/**
 * The guard of an UPDATE or DELETE limited to `version = expectedVersion`: it must change one row. When it
 * changes none, another writer committed between our read and our write (or deleted the row), and the
 * explanation reads which, after the plan rolled back.
 */
function versionGuard(
	plan: WritePlan,
	table: VersionedTable,
	entity: string,
	id: string,
	expectedVersion: number,
): { changes: number; explain?: Explain } {
	if (plan.creates(table, id)) return { changes: 1 };
	return {
		changes: 1,
		async explain(db) {
			const row = await db.selectFrom(table).select("version").where("id", "=", id).executeTakeFirst();
			if (!row) return new NotFoundError(entity, id);
			if (row.version !== expectedVersion)
				return new VersionConflictError(entity, id, expectedVersion, row.version);
			return undefined;
		},
	};
}

/** Plans the version-checked DELETE of a record (its join rows go by ON DELETE CASCADE). */
export async function planDelete(
	plan: WritePlan,
	table: VersionedTable,
	entity: string,
	id: string,
	expectedVersion: number,
): Promise<void> {
	await loadForChange(plan, table, entity, id, expectedVersion);
	plan.run(
		plan.db
			.deleteFrom(table as VersionedTable)
			.where("id", "=", id)
			.where("version", "=", expectedVersion),
		versionGuard(plan, table, entity, id, expectedVersion),
	);
	plan.remember(table, id, null);
}

/** The rows of one versioned record: its own row and the rows of its join tables. */
export interface RecordRows {
	table: VersionedTable;
	row: PendingRow & { id: string };
	children: { table: ChildTable; parent: "article_id" | "meeting_id" | "diplomat_id"; rows: object[] }[];
}

type ChildTable = "article_tags" | "article_mentions" | "meeting_participants" | "diplomat_names";

/**
 * Plans a record's rows: an INSERT, or an UPDATE checked against `expectedVersion` (leaving the `fixed`
 * columns alone) that replaces its join rows. Later reads in the plan see the new row.
 */
export function planRecord(
	plan: WritePlan,
	entity: string,
	{ table, row, children }: RecordRows,
	expectedVersion?: number,
	fixed: string[] = [],
): void {
	const { db } = plan;
	if (expectedVersion === undefined) {
		plan.run(db.insertInto(table).values(row as never));
	} else {
		const changes = Object.fromEntries(
			Object.entries(row).filter(([column]) => column !== "id" && !fixed.includes(column)),
		);
		plan.run(
			db
				.updateTable(table)
				.set(changes as never)
				.where("id", "=", row.id)
				.where("version", "=", expectedVersion),
			versionGuard(plan, table, entity, row.id, expectedVersion),
		);
		for (const child of children)
			plan.run(db.deleteFrom(child.table).where(sql.ref(child.parent), "=", row.id));
	}
	for (const child of children)
		if (child.rows.length > 0) plan.run(db.insertInto(child.table).values(child.rows as never));
	plan.remember(table, row.id, row, { created: expectedVersion === undefined });
}
