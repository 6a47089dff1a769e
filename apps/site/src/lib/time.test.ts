import { describe, expect, it } from "vitest";
import { formatDayInZone, formatInZone, zoneAbbreviation } from "./time.js";

describe("times in the article's own zone", () => {
	it("prints the seed page's publication time as a Tokyo reader says it", () => {
		expect(formatInZone("2021-06-30T06:06:02+09:00", "Asia/Tokyo")).toBe("30 Jun 2021, 06:06 JST");
		expect(formatInZone("2021-06-29T21:06:02Z", "Asia/Tokyo")).toBe("30 Jun 2021, 06:06 JST");
	});

	it("follows daylight saving in zones that keep it", () => {
		expect(formatInZone("2021-06-29T10:00:00Z", "Europe/Rome")).toBe("29 Jun 2021, 12:00 CEST");
		expect(formatInZone("2021-01-27T15:47:00Z", "America/New_York")).toBe("27 Jan 2021, 10:47 EST");
		expect(zoneAbbreviation("Europe/London", new Date("2021-07-01T00:00:00Z"))).toBe("BST");
	});

	it("falls back to the offset where no abbreviation is in use", () => {
		expect(zoneAbbreviation("Asia/Kathmandu", new Date("2021-07-01T00:00:00Z"))).toBe("GMT+5:45");
	});

	it("gives the calendar day in the zone, which can differ from the UTC day", () => {
		expect(formatDayInZone("2021-01-27T15:47:00Z", "Asia/Tokyo")).toBe("28 Jan 2021");
		expect(formatDayInZone("2021-01-27T15:47:00Z", "America/New_York")).toBe("27 Jan 2021");
	});
});
