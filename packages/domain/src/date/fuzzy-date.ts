import { z } from "zod";

/**
 * The words that narrow a month or a year in reporting, as in "late January 2021".
 * @example QUALIFIERS.includes("late"); // true
 */
export const QUALIFIERS = ["early", "mid", "late"] as const;
/**
 * One of {@link QUALIFIERS}: early, mid or late.
 * @example const qualifier: Qualifier = "late"; // fuzzyDate("2021-01", qualifier) is late January 2021
 */
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * English month names, January first: the one list the project reads and prints months with.
 * @example MONTH_NAMES[0]; // "January"
 */
export const MONTH_NAMES = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
] as const;

/**
 * Number of days in a month (1 to 12) of the proleptic Gregorian calendar.
 * @example daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date known only as precisely as the reporting allows: a year, a month or a day, optionally
 * narrowed by a qualifier ("late January 2021"). `precision` is explicit so that readers never guess.
 * @example
 * FuzzyDate.parse({ year: 2021, month: 1, qualifier: "late", precision: "month" }); // late January 2021
 * FuzzyDate.safeParse({ year: 2021, month: 2, day: 30, precision: "day" }).success; // false: not a calendar date
 */
export const FuzzyDate = z
	.strictObject({
		year: z
			.int({ error: "year must be a whole number" })
			.min(1800, { error: "year must be 1800 or later" })
			.max(2200, { error: "year must be 2200 or earlier" }),
		month: z
			.int()
			.min(1, { error: "month must be 1 to 12" })
			.max(12, { error: "month must be 1 to 12" })
			.optional(),
		day: z
			.int()
			.min(1, { error: "day must be 1 to 31" })
			.max(31, { error: "day must be 1 to 31" })
			.optional(),
		qualifier: z.enum(QUALIFIERS, { error: "qualifier is early, mid or late" }).optional(),
		precision: z.enum(["year", "month", "day"], { error: "precision is year, month or day" }),
	})
	.superRefine((date, ctx) => {
		const expected = date.day !== undefined ? "day" : date.month !== undefined ? "month" : "year";
		if (date.day !== undefined && date.month === undefined) {
			ctx.addIssue({ code: "custom", path: ["month"], message: "a day needs a month" });
			return;
		}
		if (date.precision !== expected) {
			ctx.addIssue({
				code: "custom",
				path: ["precision"],
				message: `precision is "${date.precision}" but the fields given make it "${expected}"`,
			});
		}
		if (date.qualifier !== undefined && date.precision === "day") {
			ctx.addIssue({
				code: "custom",
				path: ["qualifier"],
				message: "a qualifier (early/mid/late) only narrows a month or a year",
			});
		}
		if (date.day !== undefined && date.month !== undefined && date.day > daysInMonth(date.year, date.month)) {
			ctx.addIssue({
				code: "custom",
				path: ["day"],
				message: `${date.year}-${pad(date.month)}-${pad(date.day)} is not a calendar date (${MONTH_NAMES[date.month - 1]} ${date.year} has ${daysInMonth(date.year, date.month)} days)`,
			});
		}
	});
export type FuzzyDate = z.infer<typeof FuzzyDate>;

function pad(value: number, width = 2): string {
	return String(value).padStart(width, "0");
}

/**
 * Builds a FuzzyDate from `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and an optional qualifier, validating it.
 * @example fuzzyDate("2021-01", "late"); // { year: 2021, month: 1, qualifier: "late", precision: "month" }
 */
export function fuzzyDate(text: string, qualifier?: Qualifier | null): FuzzyDate {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (!match) throw new RangeError(`"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
	const [, year, month, day] = match;
	const candidate = {
		year: Number(year),
		...(month ? { month: Number(month) } : {}),
		...(day ? { day: Number(day) } : {}),
		...(qualifier ? { qualifier } : {}),
		precision: day ? "day" : month ? "month" : "year",
	};
	const result = FuzzyDate.safeParse(candidate);
	if (!result.success) throw new RangeError(result.error.issues.map((issue) => issue.message).join("; "));
	return result.data;
}

/**
 * The date at its own precision: `2021`, `2021-01` or `2021-01-28` (the qualifier is not part of it).
 * @example isoFuzzyDate(fuzzyDate("2021-01", "late")); // "2021-01"
 */
export function isoFuzzyDate(date: FuzzyDate): string {
	if (date.precision === "year") return pad(date.year, 4);
	if (date.precision === "month") return `${pad(date.year, 4)}-${pad(date.month ?? 1)}`;
	return `${pad(date.year, 4)}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/**
 * Inclusive first and last day (ISO `YYYY-MM-DD`) that a fuzzy date can mean.
 * @example const lateJanuary: DayRange = { start: "2021-01-21", end: "2021-01-31" }; // dayRange(fuzzyDate("2021-01", "late"))
 */
export interface DayRange {
	start: string;
	end: string;
}

const QUALIFIED_MONTH_DAYS: Record<Qualifier, (length: number) => [number, number]> = {
	early: () => [1, 10],
	mid: () => [11, 20],
	late: (length) => [21, length],
};
const QUALIFIED_YEAR_MONTHS: Record<Qualifier, [number, number]> = {
	early: [1, 4],
	mid: [5, 8],
	late: [9, 12],
};

/**
 * The days a fuzzy date covers. "late" is the 21st to the end of a month, or September to December of a year.
 * @example dayRange(fuzzyDate("2021-01", "late")); // { start: "2021-01-21", end: "2021-01-31" }
 */
export function dayRange(date: FuzzyDate): DayRange {
	const y = pad(date.year, 4);
	if (date.precision === "day") {
		const day = `${y}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
		return { start: day, end: day };
	}
	if (date.precision === "month") {
		const month = date.month ?? 1;
		const length = daysInMonth(date.year, month);
		const [first, last] = date.qualifier ? QUALIFIED_MONTH_DAYS[date.qualifier](length) : [1, length];
		return { start: `${y}-${pad(month)}-${pad(first)}`, end: `${y}-${pad(month)}-${pad(last)}` };
	}
	const [firstMonth, lastMonth] = date.qualifier ? QUALIFIED_YEAR_MONTHS[date.qualifier] : [1, 12];
	return {
		start: `${y}-${pad(firstMonth)}-01`,
		end: `${y}-${pad(lastMonth)}-${pad(daysInMonth(date.year, lastMonth))}`,
	};
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/**
 * Total order on fuzzy dates: by first possible day, then wider before narrower (so a container
 * sorts before what it contains), then by precision. Returns a negative number, zero or a positive number.
 * @example [fuzzyDate("2021-06-29"), fuzzyDate("2021")].sort(compareFuzzyDates); // 2021, then 2021-06-29
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
	const ra = dayRange(a);
	const rb = dayRange(b);
	if (ra.start !== rb.start) return ra.start < rb.start ? -1 : 1;
	if (ra.end !== rb.end) return ra.end > rb.end ? -1 : 1;
	return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/**
 * Whether every day `inner` can mean is also a day `outer` can mean.
 * @example containsFuzzyDate(fuzzyDate("2021-01", "late"), fuzzyDate("2021-01-28")); // true
 */
export function containsFuzzyDate(outer: FuzzyDate, inner: FuzzyDate): boolean {
	const ro = dayRange(outer);
	const ri = dayRange(inner);
	return ro.start <= ri.start && ri.end <= ro.end;
}

/**
 * Whether two fuzzy dates can mean the same day.
 * @example overlapsFuzzyDate(fuzzyDate("2021-01"), fuzzyDate("2021-01-27")); // true
 */
export function overlapsFuzzyDate(a: FuzzyDate, b: FuzzyDate): boolean {
	const ra = dayRange(a);
	const rb = dayRange(b);
	return ra.start <= rb.end && rb.start <= ra.end;
}

/**
 * English wording for readers: "29 June 2021", "late January 2021", "2021", "early 2022".
 * @example formatFuzzyDate(fuzzyDate("2021-01", "late")); // "late January 2021"
 */
export function formatFuzzyDate(date: FuzzyDate): string {
	const prefix = date.qualifier ? `${date.qualifier} ` : "";
	if (date.precision === "year") return `${prefix}${date.year}`;
	const month = MONTH_NAMES[(date.month ?? 1) - 1];
	if (date.precision === "month") return `${prefix}${month} ${date.year}`;
	return `${date.day} ${month} ${date.year}`;
}

/**
 * The English month name for 1..12; throws a RangeError for any other number.
 * @example monthName(6); // "June"
 */
export function monthName(month: number): string {
	const name = MONTH_NAMES[month - 1];
	if (!name) throw new RangeError(`month ${month} is not 1 to 12`);
	return name;
}
