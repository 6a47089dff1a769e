import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OffsetDateTime } from "../validation/common.js";
import { formatNewsTimestamp, parseNewsTimestamp, TimestampParseError } from "./news-timestamp.js";
import { fixedOffsetZone, offsetOfZoneAt } from "./zones.js";

const iso = (text: string, zoneHint?: string) =>
	parseNewsTimestamp(text, zoneHint === undefined ? {} : { zoneHint }).iso;

function parseError(text: string, zoneHint?: string): TimestampParseError {
	try {
		parseNewsTimestamp(text, zoneHint === undefined ? {} : { zoneHint });
	} catch (error) {
		if (error instanceof TimestampParseError) return error;
		throw error;
	}
	throw new Error(`"${text}" parsed, but an error was expected`);
}

describe("parseNewsTimestamp", () => {
	it("reads the seed's compact GMT9", () => {
		expect(parseNewsTimestamp("30 Jun 2021 06:06:02 GMT9")).toEqual({
			iso: "2021-06-30T06:06:02+09:00",
			offsetMinutes: 540,
			zone: "Etc/GMT-9",
		});
	});

	it.each([
		["30 Jun 2021 06:06:02 GMT+9", "2021-06-30T06:06:02+09:00"],
		["30 Jun 2021 06:06:02 GMT+09:00", "2021-06-30T06:06:02+09:00"],
		["30 Jun 2021 06:06:02 UTC+0930", "2021-06-30T06:06:02+09:30"],
		["29 Jun 2021 17:06:02 GMT-5", "2021-06-29T17:06:02-05:00"],
		["Wed, 30 Jun 2021 06:06:02 +0900", "2021-06-30T06:06:02+09:00"],
		["June 29, 2021 4:06 pm -05:00", "2021-06-29T16:06:00-05:00"],
		["29 June 2021, 12:15 a.m. GMT", "2021-06-29T00:15:00+00:00"],
		["2021-06-29T21:06:02Z", "2021-06-29T21:06:02+00:00"],
		["2021-06-30T06:06:02.250+09:00", "2021-06-30T06:06:02+09:00"],
		["2021-06-30 06:06+0900", "2021-06-30T06:06:00+09:00"],
		["2021-06-30T06:06:02+09", "2021-06-30T06:06:02+09:00"],
	])("reads %s", (text, expected) => {
		expect(iso(text)).toBe(expected);
	});

	it("reads unambiguous abbreviations with their zone", () => {
		expect(parseNewsTimestamp("28 Jan 2021 00:47 JST")).toEqual({
			iso: "2021-01-28T00:47:00+09:00",
			offsetMinutes: 540,
			zone: "Asia/Tokyo",
		});
		expect(parseNewsTimestamp("Jan 27 2021 10:47 EST", { zoneHint: "America/New_York" }).zone).toBe(
			"America/New_York",
		);
		expect(parseNewsTimestamp("Jan 27 2021 10:47 EST").zone).toBeUndefined();
	});

	it("does not mistake the first letter of a zone for am/pm or the m of am", () => {
		expect(iso("30 Jun 2021 10:00 AEST")).toBe("2021-06-30T10:00:00+10:00");
		expect(iso("30 Jun 2021 10:00 PDT")).toBe("2021-06-30T10:00:00-07:00");
		expect(iso("30 Jun 2021 10:00 PST")).toBe("2021-06-30T10:00:00-08:00");
		expect(iso("30 Jun 2021 10:00 MSK")).toBe("2021-06-30T10:00:00+03:00");
		expect(iso("30 Jun 2021 10:00 PHT")).toBe("2021-06-30T10:00:00+08:00");
		expect(iso("30 Jun 2021 10:00 pm PHT")).toBe("2021-06-30T22:00:00+08:00");
		expect(iso("30 Jun 2021 10:00 AM AEST")).toBe("2021-06-30T10:00:00+10:00");
	});

	describe('"IST" needs a zone hint', () => {
		const text = "Thu, March 02 2023. 14:59 IST";

		it("is India Standard Time in Kolkata", () => {
			expect(parseNewsTimestamp(text, { zoneHint: "Asia/Kolkata" })).toEqual({
				iso: "2023-03-02T14:59:00+05:30",
				offsetMinutes: 330,
				zone: "Asia/Kolkata",
			});
		});

		it("is Irish summer time in Dublin, which contradicts a date in March when Dublin is on GMT", () => {
			expect(offsetOfZoneAt("Europe/Dublin", Date.UTC(2023, 2, 2, 14, 59))).toBe(0);
			expect(parseError(text, "Europe/Dublin").message).toMatch(
				/"IST" cannot be Europe\/Dublin at that date \(offset \+00:00\)/,
			);
			expect(iso("Thu, July 06 2023. 14:59 IST", "Europe/Dublin")).toBe("2023-07-06T14:59:00+01:00");
		});

		it("is ambiguous without a hint", () => {
			const error = parseError(text);
			expect(error.message).toMatch(/ambiguous/);
			expect(error.message).toMatch(/Asia\/Kolkata.*Europe\/Dublin/);
			expect(error.message).toMatch(/zoneHint/);
		});
	});

	it("uses the hint for a time printed without a zone, and refuses without one", () => {
		expect(iso("March 02 2023 14:59", "Asia/Tokyo")).toBe("2023-03-02T14:59:00+09:00");
		expect(iso("July 06 2023 14:59", "Europe/Dublin")).toBe("2023-07-06T14:59:00+01:00");
		expect(parseError("March 02 2023 14:59").message).toMatch(/no time zone/);
		expect(parseError("March 02 2023 14:59 GMT", "Mars/Olympus").message).toMatch(/not an IANA time zone/);
	});

	it.each([
		["Tue, 30 Jun 2021 06:06:02 GMT9", /says Tue but 2021-06-30 was a wed/],
		["Thu, 30 Jun 2021 06:06:02 GMT9", /says Thu/],
		["30 Feb 2021 06:06:02 GMT9", /2021-02-30 is not a calendar date/],
		["2021-02-30T06:06:02Z", /2021-02-30 is not a calendar date/],
		["29 Feb 2023 10:00 JST", /not a calendar date/],
		["30 Jun 2021 25:06 GMT9", /not a time of day/],
		["30 Jun 2021 13:06 pm JST", /12-hour clock/],
		["30 Jun 2021 06:06:02 GMT+15", /offset out of range/],
		["30 Jun 2021 06:06:02 XYZ", /unknown time zone "XYZ"/],
		["30 Jun 2021 06:06:02 Tokyo time", /cannot read the time zone/],
		["30 Jun 2021", /no time of day/],
		["yesterday at noon", /has no date/],
		["", /1 to 200 characters/],
	])("rejects %j", (text, message) => {
		expect(parseError(text).message).toMatch(message);
	});

	it("throws only TimestampParseError, and only returns valid offset date-times, for any text", () => {
		const near = fc
			.tuple(
				fc.constantFrom("", "Thu, ", "Wed, ", "Mon "),
				fc.integer({ min: 0, max: 40 }),
				fc.constantFrom(" Jun ", " February ", " Sept. ", " "),
				fc.integer({ min: 0, max: 9999 }),
				fc.constantFrom(" ", ", ", ". "),
				fc.integer({ min: 0, max: 30 }),
				fc.constantFrom(":", "."),
				fc.integer({ min: 0, max: 70 }),
				fc.constantFrom("", " am", " p.m.", "pm"),
				fc.constantFrom(
					"",
					" GMT9",
					" GMT+14:30",
					" IST",
					" -0500",
					" +99",
					" CST",
					" BST",
					" Z",
					" jst",
					" (KST)",
				),
			)
			.map((parts) => parts.join(""));
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 }), near),
				fc.option(fc.constantFrom("Asia/Kolkata", "Europe/Dublin", "America/Chicago")),
				(text, hint) => {
					try {
						const parsed = parseNewsTimestamp(text, hint === null ? {} : { zoneHint: hint });
						expect(OffsetDateTime.safeParse(parsed.iso).success).toBe(true);
					} catch (error) {
						expect(error).toBeInstanceOf(TimestampParseError);
					}
				},
			),
			{ numRuns: 2_000 },
		);
	});
});

describe("formatNewsTimestamp", () => {
	it("prints the seed's time both ways", () => {
		expect(formatNewsTimestamp("2021-06-30T06:06:02+09:00")).toBe("30 Jun 2021 06:06:02 GMT9");
		expect(formatNewsTimestamp("2021-06-30T06:06:02+09:00", "rfc2822")).toBe(
			"Wed, 30 Jun 2021 06:06:02 +0900",
		);
		expect(formatNewsTimestamp("2023-03-02T14:59:00+05:30")).toBe("2 Mar 2023 14:59:00 GMT5:30");
		expect(formatNewsTimestamp("2021-01-27T10:47:00-05:00")).toBe("27 Jan 2021 10:47:00 GMT-5");
		expect(formatNewsTimestamp("2021-06-29T21:06:02Z")).toBe("29 Jun 2021 21:06:02 GMT");
	});

	it("refuses a timestamp without an offset or with an impossible date", () => {
		expect(() => formatNewsTimestamp("2021-06-30T06:06:02")).toThrow(TimestampParseError);
		expect(() => formatNewsTimestamp("2021-02-30T06:06:02Z")).toThrow(/not a calendar date/);
		expect(() => formatNewsTimestamp("30 Jun 2021")).toThrow(TimestampParseError);
	});

	it("round-trips through parseNewsTimestamp for any instant and whole- or half-hour offset, in both styles", () => {
		const instant = fc
			.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) })
			.map((ms) => Math.floor(ms / 1000) * 1000);
		const offset = fc.integer({ min: -24, max: 28 }).map((halfHours) => halfHours * 30);
		fc.assert(
			fc.property(
				instant,
				offset,
				fc.constantFrom("gmt-compact" as const, "rfc2822" as const),
				(ms, offsetMinutes, style) => {
					const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
					const sign = offsetMinutes < 0 ? "-" : "+";
					const abs = Math.abs(offsetMinutes);
					const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
					const parsed = parseNewsTimestamp(formatNewsTimestamp(text, style));
					expect(parsed.iso).toBe(text);
					expect(parsed.offsetMinutes).toBe(offsetMinutes);
					expect(Date.parse(parsed.iso)).toBe(ms);
					if (offsetMinutes % 60 === 0) expect(parsed.zone).toBe(fixedOffsetZone(offsetMinutes));
				},
			),
			{ numRuns: 1_000 },
		);
	});
});
