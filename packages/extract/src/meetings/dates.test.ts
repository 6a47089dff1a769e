import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, findDates } from "./dates.js";

// Saturday 10 February 2024.
const published = { year: 2024, month: 2, day: 10 };
const first = (text: string, future = false) => findDates(text, published, future)[0];

describe("findDates", () => {
	it("resolves weekdays backwards for held meetings and forwards for planned ones", () => {
		expect(first("spoke by phone on Friday")?.date).toMatchObject({ year: 2024, month: 2, day: 9 });
		expect(first("met on Saturday")?.date).toMatchObject({ day: 10 });
		expect(first("will meet on Monday", true)?.date).toMatchObject({ month: 2, day: 12 });
		expect(first("Tuesday's call")?.date).toMatchObject({ day: 6 });
	});

	it("resolves yesterday, today, last night and explicit days, keeping the year before publication", () => {
		expect(first("met yesterday")?.date).toMatchObject({ day: 9 });
		expect(first("held talks earlier today")?.date).toMatchObject({ day: 10 });
		expect(first("on June 29")?.date).toMatchObject({ year: 2023, month: 6, day: 29 });
		expect(first("on 3 February")?.date).toMatchObject({ year: 2024, month: 2, day: 3 });
		expect(first("on June 29, 2021")?.date).toMatchObject({ year: 2021 });
	});

	it("keeps a span of days null ('from June 3 to 9', 'July 7-8', '7-8 July'), whole, so no day of it is read", () => {
		for (const text of [
			"from June 3 to 9, 2023, she toured",
			"talks on July 7-8",
			"a summit on 7–8 July 2023",
		]) {
			const phrases = findDates(text, published, false);
			expect(phrases.map((phrase) => phrase.date)).toEqual([null]);
		}
		expect(first("met on June 3 to discuss trade")?.date).toMatchObject({ month: 6, day: 3 });
	});

	it("reads a year alone and a sentence that opens on 'Earlier,' as earlier that day", () => {
		expect(first("since he hosted her in 2018")?.date).toEqual({ year: 2018, precision: "year" });
		expect(first("the budget in 2018-19")).toBeUndefined();
		expect(first("Earlier, she met the envoy")?.date).toMatchObject({ month: 2, day: 10 });
		expect(first("She had met him earlier")).toBeUndefined();
	});

	it("counts 'today' in words reported on another day from that day", () => {
		expect(first('"The minister met the envoy today," the ministry said on Thursday.')?.date).toMatchObject({
			day: 8,
		});
		expect(first("The envoy arrived yesterday, the agency reported on Wednesday.")?.date).toMatchObject({
			day: 6,
		});
		expect(first('"We met today," she said.')?.date).toMatchObject({ day: 10 });
	});

	it("gives month precision with a qualifier for late January and none for earlier this month", () => {
		expect(first("in late January")?.date).toEqual({
			year: 2024,
			month: 1,
			qualifier: "late",
			precision: "month",
		});
		expect(first("earlier this month")?.date).toEqual({ year: 2024, month: 2, precision: "month" });
		expect(first("in November 2022")?.date).toEqual({ year: 2022, month: 11, precision: "month" });
		expect(first("last month")?.date).toEqual({ year: 2024, month: 1, precision: "month" });
	});

	it("marks vague and relative phrases", () => {
		expect(first("last week")).toMatchObject({ date: null });
		expect(first("The day before, they met")).toMatchObject({ date: null, relativeDays: -1 });
		expect(first("Earlier in the day")).toMatchObject({ relativeDays: 0 });
	});

	it("never returns an impossible date", () => {
		expect(findDates("on February 30", published, false)).toEqual([]);
	});
});

describe("addDays", () => {
	it("is undone by adding the opposite number of days", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1900, max: 2100 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 28 }),
				fc.integer({ min: -4000, max: 4000 }),
				(year, month, day, days) => {
					expect(addDays(addDays({ year, month, day }, days), -days)).toEqual({ year, month, day });
				},
			),
		);
	});
});
