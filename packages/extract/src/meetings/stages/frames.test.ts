import { describe, expect, it } from "vitest";
import { frameMeeting } from "./frames.js";
import { resolveParties } from "./references.js";
import { FRIDAY, readLast } from "./test-state.js";

const frameOf = (...paragraphs: string[]) => {
	const { state, reading } = readLast(FRIDAY, ...paragraphs);
	return frameMeeting(state, reading, 0, resolveParties(state, reading, 0));
};

describe("frameMeeting (meeting frames)", () => {
	it("takes the date, place and duration nearest the trigger", () => {
		const frame = frameOf(
			"Foreign Minister Lukas Brandauer held talks with Mojca Zupan in Vienna on Wednesday for about 45 minutes.",
		);
		expect(frame.format).toBe("in_person");
		expect(frame.datePhrase?.date).toEqual({ year: 2024, month: 3, day: 13, precision: "day" });
		expect(frame.placePhrase?.place).toEqual({ city: "Vienna", country: "AT" });
		expect(frame.duration).toEqual({ minutes: 45, approximate: true });
		expect(frame.future).toBe(false);
	});

	it("gives a phone call no place", () => {
		const frame = frameOf(
			"Foreign Minister Lukas Brandauer spoke by phone with Mojca Zupan from Vienna on Monday.",
		);
		expect(frame.format).toBe("phone");
		expect(frame.placePhrase).toBeUndefined();
	});

	it("reads a meeting to come as future", () => {
		expect(
			frameOf("Foreign Minister Lukas Brandauer will meet Mojca Zupan in Vienna next week.").future,
		).toBe(true);
	});

	it("does not date the meeting with the day of a report", () => {
		const frame = frameOf(
			"Foreign Minister Lukas Brandauer met Mojca Zupan in Vienna, the Danube Press Agency reported on Thursday.",
		);
		expect(frame.datePhrase).toBeUndefined();
	});

	it("reads 'also spoke with' right after a phone call as another call", () => {
		const frame = frameOf(
			"Foreign Minister Lukas Brandauer held a phone call with Mojca Zupan on Monday.",
			"Brandauer also spoke with Petr Dvorak.",
		);
		expect(frame.format).toBe("phone");
	});

	it("names the gathering a meeting was held at", () => {
		const frame = frameOf(
			"Foreign Minister Lukas Brandauer met Mojca Zupan on the sidelines of the G20 foreign ministers' meeting.",
		);
		expect(frame.occasion).toBe("G20 foreign ministers' meeting");
	});

	it("takes no place or date from what 'A and B discussed'", () => {
		const frame = frameOf(
			"In Vienna, Brandauer and Slovenian Foreign Minister Mojca Zupan discussed a trade office to open in Osaka on Monday.",
		);
		expect(frame.trigger.text).toBe("discussed");
		expect(frame.placePhrase?.place).toEqual({ city: "Vienna", country: "AT" });
		expect(frame.datePhrase).toBeUndefined();
	});

	it("does not date a meeting with the day a reporting verb right before it gives", () => {
		const frame = frameOf(
			"The Peruvian Foreign Ministry said on Tuesday that the Chilean chargé d'affaires, Rosa Fuentes, was summoned.",
		);
		expect(frame.trigger.text).toBe("summoned");
		expect(frame.datePhrase).toBeUndefined();
	});
});
