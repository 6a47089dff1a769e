/**
 * Sets `key` as the newest entry of `entries` (a Map keeps insertion order) and drops the oldest beyond
 * `maxEntries`: the small least-recently-stored bound every answer cache here keeps.
 */
export function keepNewest<V>(entries: Map<string, V>, key: string, value: V, maxEntries: number): void {
	entries.delete(key);
	entries.set(key, value);
	if (entries.size > maxEntries) {
		const oldest = entries.keys().next().value;
		if (oldest !== undefined) entries.delete(oldest);
	}
}
