/** Thrown when a record asked for by id does not exist. */
export class NotFoundError extends Error {
	override readonly name = "NotFoundError";
	constructor(
		readonly entity: string,
		readonly id: string,
	) {
		super(`${entity} ${id} does not exist`);
	}
}

/** Thrown when an update or delete names a version that is no longer current (optimistic concurrency). */
export class VersionConflictError extends Error {
	override readonly name = "VersionConflictError";
	constructor(
		readonly entity: string,
		readonly id: string,
		readonly expectedVersion: number,
		readonly currentVersion: number,
	) {
		super(
			`${entity} ${id} is at version ${currentVersion}, not ${expectedVersion}: reload it and apply the change again`,
		);
	}
}

/** Thrown when a write would break a uniqueness or reference rule (a duplicate slug, a missing section). */
export class ConflictError extends Error {
	override readonly name = "ConflictError";
}

/** Thrown for a bad list or search request: a limit out of range or a cursor this store did not issue. */
export class InvalidQueryError extends Error {
	override readonly name = "InvalidQueryError";
}

/** Thrown by `importDump` when the input is not a dump this store can load or the database is not empty. */
export class DumpError extends Error {
	override readonly name = "DumpError";
}

interface DatabaseErrorShape {
	code?: unknown;
	errcode?: unknown;
	errstr?: unknown;
	message?: unknown;
	detail?: unknown;
}

/** Translates unique and foreign-key violations of either engine into a ConflictError; rethrows anything else. */
export function translateConstraintError(error: unknown): never {
	const shape = (error ?? {}) as DatabaseErrorShape;
	const message = typeof shape.message === "string" ? shape.message : String(error);
	// PostgreSQL: 23505 unique_violation, 23503 foreign_key_violation, 23514 check_violation.
	if (shape.code === "23505") throw new ConflictError(`already exists: ${shape.detail ?? message}`);
	if (shape.code === "23503")
		throw new ConflictError(
			`refers to a record that does not exist or is still referenced: ${shape.detail ?? message}`,
		);
	if (shape.code === "23514") throw new ConflictError(`breaks a check constraint: ${message}`);
	// node:sqlite: extended result codes 2067 UNIQUE, 1555 PRIMARYKEY, 787 FOREIGNKEY, 275 CHECK.
	if (shape.errcode === 2067 || shape.errcode === 1555) throw new ConflictError(`already exists: ${message}`);
	if (shape.errcode === 787)
		throw new ConflictError(`refers to a record that does not exist or is still referenced: ${message}`);
	if (shape.errcode === 275) throw new ConflictError(`breaks a check constraint: ${message}`);
	// Cloudflare D1 reports SQLite's constraint errors in the message only.
	if (/UNIQUE constraint failed|PRIMARY KEY constraint failed/.test(message))
		throw new ConflictError(`already exists: ${message}`);
	if (/FOREIGN KEY constraint failed/.test(message))
		throw new ConflictError(`refers to a record that does not exist or is still referenced: ${message}`);
	if (/CHECK constraint failed/.test(message))
		throw new ConflictError(`breaks a check constraint: ${message}`);
	throw error;
}
