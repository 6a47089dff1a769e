import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeIssues } from "../validation/issues.js";
import {
	compareFuzzyDates,
	containsFuzzyDate,
	dayRange,
	FuzzyDate,
	formatFuzzyDate,
	fuzzyDate,
	isoFuzzyDate,
	overlapsFuzzyDate,
	QUALIFIERS,
} from "./fuzzy-date.js";

/** Any valid FuzzyDate, built field by field so the generator cannot drift from the schema. */
const arbitraryFuzzyDate: fc.Arbitrary<FuzzyDate> = fc
	.record({
		year: fc.integer({ min: 2019, max: 2022 }),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 31 }),
		precision: fc.constantFrom("year", "month", "day"),
		qualifier: fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }),
	})
	.map(({ year, month, day, precision, qualifier }): FuzzyDate => {
		const q = qualifier === undefined ? {} : { qualifier };
		if (precision === "year") return { year, precision, ...q };
		if (precision === "month") return { year, month, precision, ...q };
		return { year, month, day: Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate()), precision };
	});

const RUNS = { numRuns: 500 };

describe("FuzzyDate schema", () => {
	it("rejects 2021-02-30 at the day, saying it is not a calendar date", () => {
		const result = FuzzyDate.safeParse({ year: 2021, month: 2, day: 30, precision: "day" });
		expect(result.success).toBe(false);
		if (result.success) return;
		const [issue] = describeIssues(result.error);
		expect(issue?.path).toBe("day");
		expect(issue?.message).toMatch(/2021-02-30 is not a calendar date/);
		expect(FuzzyDate.safeParse({ year: 2024, month: 2, day: 29, precision: "day" }).success).toBe(true);
	});

	it("rejects a precision that disagrees with the fields, a day without a month and a qualified day", () => {
		const path = (input: unknown) => {
			const result = FuzzyDate.safeParse(input);
			return result.success ? undefined : describeIssues(result.error).map((issue) => issue.path);
		};
		expect(path({ year: 2021, month: 1, precision: "day" })).toEqual(["precision"]);
		expect(path({ year: 2021, day: 5, precision: "day" })).toEqual(["month"]);
		expect(path({ year: 2021, month: 1, day: 28, qualifier: "late", precision: "day" })).toEqual([
			"qualifier",
		]);
		expect(path({ year: 2021, month: 13, precision: "month" })).toEqual(["month"]);
		expect(path({ year: 2021, precision: "year", note: "approx" })).toEqual([""]);
	});

	it("builds from text and refuses what is not a date", () => {
		expect(fuzzyDate("2021-01", "late")).toEqual({
			year: 2021,
			month: 1,
			qualifier: "late",
			precision: "month",
		});
		expect(() => fuzzyDate("2021-02-30")).toThrow(/not a calendar date/);
		expect(() => fuzzyDate("28 January 2021")).toThrow(RangeError);
		expect(() => fuzzyDate("2021-01-28", "late")).toThrow(/qualifier/);
	});
});

describe("FuzzyDate for readers", () => {
	it("formats the seed's dates", () => {
		expect(formatFuzzyDate(fuzzyDate("2021-01", "late"))).toBe("late January 2021");
		expect(formatFuzzyDate(fuzzyDate("2021-06-29"))).toBe("29 June 2021");
		expect(formatFuzzyDate(fuzzyDate("2022", "early"))).toBe("early 2022");
	});

	it("reads late January as the 21st to the 31st and late 2021 as September to December", () => {
		expect(dayRange(fuzzyDate("2021-01", "late"))).toEqual({ start: "2021-01-21", end: "2021-01-31" });
		expect(dayRange(fuzzyDate("2024-02", "late"))).toEqual({ start: "2024-02-21", end: "2024-02-29" });
		expect(dayRange(fuzzyDate("2021", "late"))).toEqual({ start: "2021-09-01", end: "2021-12-31" });
		expect(containsFuzzyDate(fuzzyDate("2021-01", "late"), fuzzyDate("2021-01-28"))).toBe(true);
		expect(containsFuzzyDate(fuzzyDate("2021-01", "late"), fuzzyDate("2021-01-20"))).toBe(false);
	});

	it("sorts a container before what it contains", () => {
		const dates = ["2021-06-29", "2021", "2021-06", "2021-01-28", "2020"].map((text) => fuzzyDate(text));
		expect(dates.sort(compareFuzzyDates).map(isoFuzzyDate)).toEqual([
			"2020",
			"2021",
			"2021-01-28",
			"2021-06",
			"2021-06-29",
		]);
	});
});

describe("FuzzyDate properties", () => {
	it("compare is antisymmetric and zero exactly for equal dates", () => {
		fc.assert(
			fc.property(arbitraryFuzzyDate, arbitraryFuzzyDate, (a, b) => {
				expect(Math.sign(compareFuzzyDates(a, b))).toBe(-Math.sign(compareFuzzyDates(b, a)) || 0);
				expect(compareFuzzyDates(a, b) === 0).toBe(isEqual(a, b));
			}),
			RUNS,
		);
	});

	it("compare is transitive and total (sorting any order gives one result)", () => {
		fc.assert(
			fc.property(arbitraryFuzzyDate, arbitraryFuzzyDate, arbitraryFuzzyDate, (a, b, c) => {
				if (compareFuzzyDates(a, b) <= 0 && compareFuzzyDates(b, c) <= 0)
					expect(compareFuzzyDates(a, c)).toBeLessThanOrEqual(0);
				if (compareFuzzyDates(a, b) < 0 && compareFuzzyDates(b, c) < 0)
					expect(compareFuzzyDates(a, c)).toBeLessThan(0);
				const sorted = [a, b, c].sort(compareFuzzyDates);
				expect([c, a, b].sort(compareFuzzyDates)).toEqual(sorted);
				expect([b, c, a].sort(compareFuzzyDates)).toEqual(sorted);
			}),
			RUNS,
		);
	});

	it("sorts a container before a different date it contains", () => {
		fc.assert(
			fc.property(arbitraryFuzzyDate, arbitraryFuzzyDate, (a, b) => {
				if (containsFuzzyDate(a, b) && !isEqual(a, b)) expect(compareFuzzyDates(a, b)).toBeLessThan(0);
			}),
			RUNS,
		);
	});

	it("containment implies overlap, and overlap is symmetric", () => {
		fc.assert(
			fc.property(arbitraryFuzzyDate, arbitraryFuzzyDate, (a, b) => {
				if (containsFuzzyDate(a, b)) expect(overlapsFuzzyDate(a, b)).toBe(true);
				expect(overlapsFuzzyDate(a, b)).toBe(overlapsFuzzyDate(b, a));
				expect(containsFuzzyDate(a, a)).toBe(true);
			}),
			RUNS,
		);
	});

	it("fuzzyDate(isoFuzzyDate(d), d.qualifier) gives d back, and every generated date is valid", () => {
		fc.assert(
			fc.property(arbitraryFuzzyDate, (date) => {
				expect(FuzzyDate.parse(date)).toEqual(date);
				expect(fuzzyDate(isoFuzzyDate(date), date.qualifier)).toEqual(date);
			}),
			RUNS,
		);
	});
});

function isEqual(a: FuzzyDate, b: FuzzyDate): boolean {
	return (
		a.year === b.year &&
		a.month === b.month &&
		a.day === b.day &&
		a.qualifier === b.qualifier &&
		a.precision === b.precision
	);
}
