import { describe, expect, it } from "vitest";
import { extractMeetings } from "./extract-meetings.js";
import { toGoldShape } from "./gold-shape.js";
import { gatheringSetting } from "./setting.js";

const day = (iso: string) => {
	const [year = 0, month = 0, date = 0] = iso.split("-").map(Number);
	return { year, month, day: date };
};

describe("gatheringSetting", () => {
	it("sets a story in the host city of a leaders' summit held within days of publication", () => {
		expect(gatheringSetting("Delegations keep arriving for the G20 summit.", day("2025-11-20"))).toEqual({
			city: "Johannesburg",
			country: "ZA",
		});
		expect(gatheringSetting("Hotels filled up before the G-20 leaders' summit.", day("2025-11-27"))).toEqual({
			city: "Johannesburg",
			country: "ZA",
		});
		expect(
			gatheringSetting("Security was tight ahead of the summit of the BRICS.", day("2024-10-20")),
		).toEqual({
			city: "Kazan",
			country: "RU",
		});
	});

	it("ignores a summit of another season, a series named without a summit, and an undated page", () => {
		expect(gatheringSetting("She recalled the G20 summit.", day("2025-03-02"))).toBeUndefined();
		expect(gatheringSetting("The G20 finance track resumed.", day("2025-11-20"))).toBeUndefined();
		expect(gatheringSetting("Delegations keep arriving for the G20 summit.", undefined)).toBeUndefined();
	});

	it("sets a story in the seat of a body that always meets in one city", () => {
		expect(gatheringSetting("The debate in the General Assembly went on late.", undefined)).toEqual({
			city: "New York",
			country: "US",
		});
		// Another body's general assembly has no fixed seat.
		expect(
			gatheringSetting("She spoke at the General Assembly of the regional league.", undefined),
		).toBeUndefined();
	});
});

describe("meetings held at the gathering a story is set at", () => {
	const meetingsOf = (publishedAt: string, ...paragraphs: string[]) =>
		extractMeetings({
			publishedAt,
			body: paragraphs.map((text) => ({ type: "paragraph" as const, text })),
		}).map(toGoldShape);

	it("places meetings that name no place in the summit's host city, named later in the text", () => {
		const meetings = meetingsOf(
			"2025-11-20T15:00:00+02:00",
			"Earlier, President Cyril Ramaphosa met with Indonesian President Prabowo Subianto.",
			"The venue has become the hub of everything related to the G20 summit.",
		);
		expect(meetings.map((meeting) => meeting.place)).toEqual([{ city: "Johannesburg", country: "ZA" }]);
	});

	it("places a meeting on the margins of the General Assembly in New York", () => {
		const [meeting] = meetingsOf(
			"2024-09-24T12:00:00-04:00",
			"As the general debate in the General Assembly went on, Norwegian Foreign Minister Kari Lund met with Chilean Foreign Minister Pablo Rojas.",
		);
		expect(meeting?.place).toEqual({ city: "New York", country: "US" });
	});

	it("keeps a dateline's city over a gathering the story names", () => {
		const [meeting] = meetingsOf(
			"2025-11-20T15:00:00+01:00",
			"PARIS — French Foreign Minister Claire Martin met Indian Foreign Minister Ravi Kumar on Thursday, before the G20 summit.",
		);
		expect(meeting?.place).toEqual({ city: "Paris", country: "FR" });
	});
});
