import type { Store } from "@sidelines/store";

/** How often an instance asks the database whether anything changed, in ms: the bound on stale answers. */
export const CHANGE_POLL_MS = 100;

/** A running watch: `check` reads the count once now, `stop` ends the polling. */
export interface ChangeWatch {
	check(): Promise<void>;
	stop(): void;
}

/**
 * Keeps an instance's caches coherent with writes made anywhere (another process, another machine on the same
 * PostgreSQL): reads `store.changeCount()` every `intervalMs` and calls `onChange` when it moved, or when the
 * read failed (then nothing cached can be trusted). A write through any instance thus leaves every instance's
 * caches within `intervalMs` plus one read of the count.
 * @example const watch = watchChanges(store, () => responseCache.clear());
 */
export function watchChanges(
	store: Pick<Store, "changeCount">,
	onChange: () => void,
	intervalMs = CHANGE_POLL_MS,
): ChangeWatch {
	let last: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;
	let polling: Promise<void> | undefined;
	async function poll() {
		try {
			const count = await store.changeCount();
			if (last !== undefined && count !== last) onChange();
			last = count;
		} catch {
			last = undefined;
			onChange();
		}
	}
	function schedule() {
		if (stopped) return;
		timer = setTimeout(() => {
			void check().then(schedule);
		}, intervalMs);
		timer.unref?.();
	}
	/** A read that starts now, after any in flight (which may have started before a write just made). */
	async function check(): Promise<void> {
		while (polling) await polling;
		polling = poll().finally(() => {
			polling = undefined;
		});
		await polling;
	}
	void check().then(schedule);
	return {
		check,
		stop() {
			stopped = true;
			clearTimeout(timer);
		},
	};
}
