import type { FuzzyDate } from "../date/fuzzy-date.js";
import { dayRange } from "../date/fuzzy-date.js";
import type { Diplomat, Office } from "./schema.js";

/**
 * The office a diplomat held on a day (`YYYY-MM-DD`) or throughout a fuzzy date, or `undefined`.
 * When several offices were held at once, the most senior kind comes first
 * (head of state, head of government, foreign minister, ...).
 * @example officeAt(motegi, "2021-06-29")?.title; // "Minister for Foreign Affairs"
 */
export function officeAt(diplomat: Pick<Diplomat, "offices">, date: string | FuzzyDate): Office | undefined {
	return officesAt(diplomat, date)[0];
}

const SENIORITY: Record<Office["kind"], number> = {
	"head-of-state": 0,
	"head-of-government": 1,
	"foreign-minister": 2,
	minister: 3,
	"deputy-minister": 4,
	envoy: 5,
	ambassador: 6,
	other: 7,
};

/**
 * Every office held on the day, or for the whole span of a fuzzy date, most senior first.
 * @example
 * const suga: Pick<Diplomat, "offices"> = {
 *   offices: [
 *     { title: "Prime Minister", kind: "head-of-government", country: "JP", start: "2020-09-16", end: "2021-10-04" },
 *   ],
 * };
 * officesAt(suga, "2021-06-29").map((office) => office.title); // ["Prime Minister"]
 * officesAt(suga, fuzzyDate("2021")); // [] (not in office for the whole year)
 */
export function officesAt(diplomat: Pick<Diplomat, "offices">, date: string | FuzzyDate): Office[] {
	const { start, end } = typeof date === "string" ? { start: date, end: date } : dayRange(date);
	return diplomat.offices
		.filter((office) => office.start <= start && (office.end === undefined || end <= office.end))
		.sort((a, b) => SENIORITY[a.kind] - SENIORITY[b.kind]);
}
