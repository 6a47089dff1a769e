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

/** The column a unique violation names: SQLite's "UNIQUE constraint failed: occasions.slug", PostgreSQL's "Key (slug)=(x)". */
function duplicatedField(shape: DatabaseErrorShape): string | undefined {
	const text = `${typeof shape.detail === "string" ? shape.detail : ""} ${typeof shape.message === "string" ? shape.message : ""}`;
	const field = /constraint failed: \w+\.(\w+)/.exec(text)?.[1] ?? /Key \(([\w, ]+)\)=/.exec(text)?.[1];
	return field?.replace(/_/g, " ");
}

const ALREADY_EXISTS = (field: string | undefined) =>
	field ? `another record already has this ${field}` : "a record with the same identity already exists";
const MISSING_REFERENCE = "refers to a record that does not exist, or is still referred to by another record";
const BREAKS_CHECK = "breaks a rule of the stored record";

/**
 * Translates unique and foreign-key violations of either engine into a ConflictError whose message
 * names the field in the API's words (never the database's text); rethrows anything else.
 */
export function translateConstraintError(error: unknown): never {
	const shape = (error ?? {}) as DatabaseErrorShape;
	// PostgreSQL: 23505 unique_violation, 23503 foreign_key_violation, 23514 check_violation.
	// node:sqlite: extended result codes 2067 UNIQUE, 1555 PRIMARYKEY, 787 FOREIGNKEY, 275 CHECK.
	// Cloudflare D1 reports SQLite's constraint errors in the message only.
	const message = typeof shape.message === "string" ? shape.message : "";
	if (
		shape.code === "23505" ||
		shape.errcode === 2067 ||
		shape.errcode === 1555 ||
		/UNIQUE constraint failed|PRIMARY KEY constraint failed/.test(message)
	)
		throw new ConflictError(ALREADY_EXISTS(shape.errcode === 1555 ? "id" : duplicatedField(shape)), {
			cause: error,
		});
	if (shape.code === "23503" || shape.errcode === 787 || /FOREIGN KEY constraint failed/.test(message))
		throw new ConflictError(MISSING_REFERENCE, { cause: error });
	if (shape.code === "23514" || shape.errcode === 275 || /CHECK constraint failed/.test(message))
		throw new ConflictError(BREAKS_CHECK, { cause: error });
	throw error;
}
