import { describe, expect, it } from "vitest";
import { extractMeetings, extractMeetingsWithWarnings } from "./extract-meetings.js";
import { toGoldShape } from "./gold-shape.js";

/*
 * The date and place of meetings on invented sentences, each with the structure of a failure seen on real news:
 * the meeting is found, its fields were wrong.
 */

// 2024-03-15 is a Friday.
const FRIDAY = "2024-03-15T18:00:00+01:00";
const meetingsOf = (...paragraphs: string[]) =>
	extractMeetings({
		publishedAt: FRIDAY,
		body: paragraphs.map((text) => ({ type: "paragraph" as const, text })),
	}).map(toGoldShape);
const fields = (meeting: ReturnType<typeof meetingsOf>[number]) => ({
	status: meeting.status,
	date: meeting.date,
	place: meeting.place,
});

describe("dates", () => {
	it("dates a held meeting told in the present ('It is the first meeting between A and B') on the publication day", () => {
		const meetings = meetingsOf(
			"Estonian Foreign Minister Mari Kask flew to Riga for the talks.",
			"It is the first face-to-face meeting between Kask and her Latvian counterpart Janis Ozols.",
		);
		expect(meetings.map(fields)).toEqual([
			{ status: "held", date: "2024-03-15", place: { city: "Riga", country: "LV" } },
		]);
	});

	it("leaves a meeting told in the past undated", () => {
		const meetings = meetingsOf(
			"It was the first face-to-face meeting between Estonian Foreign Minister Mari Kask and her Latvian counterpart Janis Ozols.",
		);
		expect(meetings.map((meeting) => meeting.date)).toEqual([null]);
	});
});

describe("places", () => {
	it("narrows a meeting placed in a visited country to the city of that visit named later", () => {
		const meetings = meetingsOf(
			"Danish Foreign Minister Lars Holm met his Dutch counterpart Pieter de Vries during the latter's visit to Denmark this week.",
			"During his visit to Copenhagen, de Vries also met with Danish Prime Minister Mette Lund.",
		);
		expect(meetings.map((meeting) => meeting.place)).toEqual([
			{ city: "Copenhagen", country: "DK" },
			{ city: "Copenhagen", country: "DK" },
		]);
	});
});

describe("earlier meetings named in passing", () => {
	const story = [
		"Swedish Foreign Minister Anna Berg met Chilean Foreign Minister Pablo Rojas on Tuesday.",
		"Talks were also held among Berg, Peruvian Foreign Minister Rosa Quispe and Danish Foreign Minister Lars Holm.",
	];

	it("reads 'the Berg-Rojas meeting' as the meeting of two people already named", () => {
		const meetings = meetingsOf(...story, "The Berg-Rojas meeting took place in Oslo late on Tuesday.");
		expect(meetings.map((meeting) => [meeting.participants.length, meeting.place?.city ?? null])).toEqual([
			[2, "Oslo"],
			[3, null],
		]);
	});

	it("reads 'a similar meeting between the officials of the two countries in <month year> in <city>' as its own meeting", () => {
		const meetings = meetingsOf(
			...story,
			"The Berg-Rojas meeting took place in Oslo late on Tuesday. Their talks follow a similar meeting between the top diplomats of the two countries in May 2019 in Geneva that was held after a trade dispute.",
		);
		expect(meetings.map((meeting) => fields(meeting))).toEqual([
			{ status: "held", date: "2024-03-12", place: { city: "Oslo", country: "NO" } },
			{ status: "held", date: "2024-03-12", place: null },
			{ status: "held", date: "2019-05", place: { city: "Geneva", country: "CH" } },
		]);
		expect(meetings[2]?.participants.map((party) => [party.name, party.country])).toEqual([
			[null, "SE"],
			[null, "CL"],
		]);
	});

	it("names no party after 'since the ...' ('the first meeting since the launch of A's cabinet')", () => {
		const meetings = meetingsOf(
			"Swedish Foreign Minister Anna Berg met Chilean Foreign Minister Pablo Rojas on Tuesday.",
			"Tuesday's meeting was the first between the two ministers since the launch of Prime Minister Erik Lindqvist's second cabinet in 2022.",
		);
		expect(meetings.map((meeting) => meeting.participants.map((party) => party.name))).toEqual([
			["Anna Berg", "Pablo Rojas"],
		]);
	});
});

describe("hosts", () => {
	it("places a meeting a host held with no place given in the host's country", () => {
		const meetings = meetingsOf(
			"King Harald of Norway has not met a Swedish leader in public since he hosted Swedish Prime Minister Erik Lindqvist in 2019.",
		);
		expect(meetings.map((meeting) => [meeting.date, meeting.place])).toEqual([
			["2019", { city: null, country: "NO" }],
		]);
	});

	it("takes the place the text gives a hosted meeting over the host's country", () => {
		const meetings = meetingsOf(
			"Norwegian Foreign Minister Kari Lund hosted her Finnish counterpart Mikko Salo on Monday.",
			"The talks took place in Stockholm, on the margins of a Nordic forum.",
		);
		expect(meetings.map((meeting) => meeting.place)).toEqual([{ city: "Stockholm", country: "SE" }]);
	});
});

describe("delegations named later", () => {
	it("makes a meeting with 'top diplomats of A and B' the meeting with B's foreign minister named later", () => {
		const meetings = meetingsOf(
			"Latvian Foreign Minister Janis Ozols attended the ministerial in Brussels, where he also held face-to-face meetings with top diplomats of Portugal and Greece.",
			"Also on Thursday, Ozols and Greek Foreign Minister Nikos Pappas held talks on the crisis.",
		);
		expect(
			meetings.map((meeting) => meeting.participants.map((party) => party.name ?? party.country)),
		).toEqual([
			["Janis Ozols", "PT"],
			["Janis Ozols", "Nikos Pappas"],
		]);
	});
});

describe("reports that are no meeting of their own", () => {
	it("drops talks spread over several places ('holding talks in all three countries')", () => {
		const { meetings, warnings } = extractMeetingsWithWarnings({
			publishedAt: FRIDAY,
			body: [
				{
					type: "paragraph",
					text: "The tour was prepared by Irish officials including Deputy Prime Minister Sean Walsh and central bank Governor Niamh Byrne holding talks in all three countries.",
				},
			],
		});
		expect(meetings).toEqual([]);
		expect(warnings[0]).toMatch(
			/^meeting dropped \(talks spread over several places\): “The tour was prepared/,
		);
	});

	it("keeps the speaker of 'X added that the two ministers were expected to meet' out of the meeting", () => {
		const meetings = meetingsOf(
			"Danish Foreign Minister Lars Holm met Dutch Foreign Minister Pieter de Vries on Tuesday.",
			"A ministry spokesman, Anders Berg, added that the two ministers were expected to meet again at a forum.",
			"Dutch diplomats insist that the ministers did meet at the forum.",
		);
		const parties = meetings.map((meeting) => meeting.participants.map((party) => party.name));
		expect(parties).toEqual([
			["Lars Holm", "Pieter de Vries"],
			["Lars Holm", "Pieter de Vries"],
		]);
		expect(meetings.map((meeting) => meeting.status)).toEqual(["held", "planned"]);
	});
});
