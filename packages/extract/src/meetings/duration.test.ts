import { describe, expect, it } from "vitest";
import { findDurations } from "./duration.js";

const minutes = (text: string) =>
	findDurations(text).map((found) => [found.duration.minutes, found.duration.approximate]);

describe("findDurations", () => {
	it("reads exact and approximate durations", () => {
		expect(minutes("held talks for 20 minutes")).toEqual([[20, false]]);
		expect(minutes("met for about an hour")).toEqual([[60, true]]);
		expect(minutes("talks that lasted nearly 90 minutes")).toEqual([[90, true]]);
		expect(minutes("a 45-minute meeting")).toEqual([[45, false]]);
		expect(minutes("spoke for roughly half an hour")).toEqual([[30, true]]);
		expect(minutes("The meeting lasted an hour and a half")).toEqual([[90, false]]);
		expect(minutes("spoke for two hours")).toEqual([[120, false]]);
	});

	it("ignores numbers that are not durations", () => {
		expect(minutes("the 20 member states agreed")).toEqual([]);
	});
});
