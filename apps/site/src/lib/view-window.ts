/**
 * Remembers which reader has viewed which article in the current window, so a reader who reloads
 * or comes back within it is counted once. Bounded: the oldest entries go first when full.
 */
export class ViewWindow {
	readonly #seen = new Map<string, number>();

	constructor(
		readonly windowMs = 30 * 60_000,
		readonly maxEntries = 100_000,
		readonly now: () => number = Date.now,
	) {}

	/**
	 * True the first time `reader` views `slug` in a window (count it), false on repeats.
	 * @example const views = new ViewWindow(); views.first("203.0.113.9", "a"); // true, then false
	 */
	first(reader: string, slug: string): boolean {
		const key = `${reader} ${slug}`;
		const at = this.now();
		const seen = this.#seen.get(key);
		if (seen !== undefined && at - seen < this.windowMs) return false;
		this.#seen.delete(key);
		this.#seen.set(key, at);
		if (this.#seen.size > this.maxEntries) {
			const oldest = this.#seen.keys().next().value;
			if (oldest !== undefined) this.#seen.delete(oldest);
		}
		return true;
	}
}
