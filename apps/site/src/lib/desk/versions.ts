/**
 * A record as it would be with a partial update applied: `null` clears a field, `undefined` leaves it.
 * Used to show an editor "your version" beside the one saved meanwhile after a 412.
 * @example applyPatch({ id: "a", version: 2, place: { country: "MT" } }, { place: null }); // { id: "a", version: 2 }
 */
export function applyPatch<T extends object>(record: T, patch: object): T {
	const result: Record<string, unknown> = { ...(record as Record<string, unknown>) };
	for (const [key, value] of Object.entries(patch)) {
		if (value === null) delete result[key];
		else if (value !== undefined) result[key] = value;
	}
	return result as T;
}
