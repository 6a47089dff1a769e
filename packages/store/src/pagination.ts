import { InvalidQueryError } from "./errors.js";

/** Page size when the caller gives none. */
export const DEFAULT_LIMIT = 20;
/** Largest page a caller may ask for. */
export const MAX_LIMIT = 100;

/** Checks a requested page size: a whole number from 1 to 100, 20 when absent. */
export function pageLimit(limit: number | undefined): number {
	if (limit === undefined) return DEFAULT_LIMIT;
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
		throw new InvalidQueryError(`limit must be a whole number from 1 to ${MAX_LIMIT} (got ${limit})`);
	}
	return limit;
}

/** Encodes the sort key of the last item of a page as an opaque cursor (base64url JSON). */
export function encodeCursor(key: readonly (string | number)[]): string {
	return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/**
 * Decodes a cursor made by {@link encodeCursor} for a sort key of the given shape, or throws InvalidQueryError.
 * `shape` lists the expected type of each part of the key.
 */
export function decodeCursor<const T extends readonly ("string" | "number")[]>(
	cursor: string | undefined,
	shape: T,
): { [K in keyof T]: T[K] extends "string" ? string : number } | undefined {
	if (cursor === undefined) return undefined;
	let key: unknown;
	try {
		if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error("not base64url");
		key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
	} catch {
		throw new InvalidQueryError("cursor is not one this server issued; start again from the first page");
	}
	const valid =
		Array.isArray(key) &&
		key.length === shape.length &&
		key.every(
			(part, index) => typeof part === shape[index] && (typeof part !== "number" || Number.isFinite(part)),
		);
	if (!valid) throw new InvalidQueryError("cursor does not fit this list; start again from the first page");
	return key as { [K in keyof T]: T[K] extends "string" ? string : number };
}

/** Cuts a fetched `limit + 1` rows into a page, making the cursor from the last item kept. */
export function toPage<T>(rows: T[], limit: number, keyOf: (item: T) => readonly (string | number)[]) {
	const items = rows.slice(0, limit);
	const last = items.at(-1);
	return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
