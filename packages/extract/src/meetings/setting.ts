import type { Place } from "@sidelines/domain";
import { SEATS, SUMMIT_SERIES, SUMMIT_WINDOW_DAYS, SUMMITS } from "../vocabulary/gatherings.js";
import type { Day } from "./dates.js";

const DAY_MS = 86_400_000;
const time = (day: Day) => Date.UTC(day.year, day.month - 1, day.day);

/** "the G20 summit", "G-20 leaders' summit", "the summit of the G20": the series names a leaders' summit. */
function namesSummit(text: string, series: RegExp): boolean {
	const near = new RegExp(
		`${series.source}[^.;:\\n]{0,30}?\\b[Ss]ummit\\b|\\b[Ss]ummit\\s+of\\s+(?:the\\s+)?${series.source}`,
	);
	return near.test(text);
}

/**
 * Where a story without a dateline is set, when it names a gathering whose place is public record: a leaders'
 * summit of a series held within days of publication ("the G20 summit" in a story of its week), or a body with one
 * seat ("in the General Assembly" -> New York). Meetings that say nothing of their place are held there.
 * @example gatheringSetting("Leaders arrive for the G20 summit.", { year: 2025, month: 11, day: 21 }); // { city: "Johannesburg", country: "ZA" }
 */
export function gatheringSetting(text: string, published: Day | undefined): Place | undefined {
	if (published) {
		const at = time(published);
		for (const [series, pattern] of Object.entries(SUMMIT_SERIES)) {
			if (!namesSummit(text, pattern)) continue;
			const summit = SUMMITS.find(
				(held) =>
					held.series === series && Math.abs(Date.parse(held.start) - at) <= SUMMIT_WINDOW_DAYS * DAY_MS,
			);
			if (summit) return { city: summit.city, country: summit.country };
		}
	}
	const seat = SEATS.find((candidate) => candidate.pattern.test(text));
	return seat ? { city: seat.city, country: seat.country } : undefined;
}
