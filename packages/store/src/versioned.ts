import type { StoreContext } from "./context.js";
import { NotFoundError, VersionConflictError } from "./errors.js";

type VersionedTable = "articles" | "meetings" | "diplomats" | "occasions";

/** Loads a row for a change, refusing when it is absent or `expectedVersion` is not its version. */
export async function loadForChange<T extends VersionedTable>(
	context: StoreContext,
	table: T,
	entity: string,
	id: string,
	expectedVersion: number,
): Promise<{ version: number; doc: string }> {
	const row = await context.db
		.selectFrom(table as VersionedTable)
		.select(["version", "doc"])
		.where("id", "=", id)
		.executeTakeFirst();
	if (!row) throw new NotFoundError(entity, id);
	if (row.version !== expectedVersion)
		throw new VersionConflictError(entity, id, expectedVersion, row.version);
	return row;
}

/**
 * Confirms that an UPDATE or DELETE guarded by `version = expectedVersion` touched the row. On PostgreSQL a
 * concurrent writer can commit between our read and our write; the guard then matches nothing and we
 * report the conflict instead of overwriting silently.
 */
export async function confirmChanged(
	context: StoreContext,
	table: VersionedTable,
	entity: string,
	id: string,
	expectedVersion: number,
	affected: bigint | number | undefined,
): Promise<void> {
	if (Number(affected ?? 0) === 1) return;
	const row = await context.db.selectFrom(table).select("version").where("id", "=", id).executeTakeFirst();
	if (!row) throw new NotFoundError(entity, id);
	throw new VersionConflictError(entity, id, expectedVersion, row.version);
}
