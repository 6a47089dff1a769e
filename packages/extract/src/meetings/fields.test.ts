import { describe, expect, it } from "vitest";
import { extractMeetingsWithWarnings } from "./extract-meetings.js";
import { FRIDAY, meetingsOf } from "./test-meetings.js";

/*
 * The date and place of meetings on invented sentences, each with the structure of a failure seen on real news:
 * the meeting is found, its fields were wrong.
 */

const fields = (meeting: ReturnType<typeof meetingsOf>[number]) => ({
	status: meeting.status,
	date: meeting.date,
	place: meeting.place,
});

describe("dates", () => {
	it("dates a held meeting told in the present ('This is the first meeting between A and B') on the publication day", () => {
		const meetings = meetingsOf(
			"Estonian Foreign Minister Mari Kask flew to Riga for the talks.",
			"This is the first in-person meeting between Kask and her Latvian counterpart Janis Ozols.",
		);
		expect(meetings.map(fields)).toEqual([
			{ status: "held", date: "2024-03-15", place: { city: "Riga", country: "LV" } },
		]);
	});

	it("leaves a meeting told in the past undated", () => {
		const meetings = meetingsOf(
			"That was the first in-person meeting between Estonian Foreign Minister Mari Kask and her Latvian counterpart Janis Ozols.",
		);
		expect(meetings.map((meeting) => meeting.date)).toEqual([null]);
	});
});

describe("places", () => {
	it("narrows a meeting placed in a visited country to the city of that visit named later", () => {
		const meetings = meetingsOf(
			"Danish Foreign Minister Lars Holm received his Dutch counterpart Pieter de Vries on a two-day visit to Denmark.",
			"On the same visit to Copenhagen, de Vries held talks with Danish Prime Minister Mette Lund.",
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
		const meetings = meetingsOf(...story, "The Berg-Rojas meeting took place in Oslo that evening.");
		expect(meetings.map((meeting) => [meeting.participants.length, meeting.place?.city ?? null])).toEqual([
			[2, "Oslo"],
			[3, null],
		]);
	});

	it("reads 'a previous meeting between envoys of both countries in <month year> in <city>' as its own meeting", () => {
		const meetings = meetingsOf(
			...story,
			"The Berg-Rojas meeting took place in Oslo that evening. Those talks came after a previous meeting between senior envoys of both countries in May 2019 in Geneva, when trade was the main subject.",
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

	it("names no party after 'since the ...' ('the first meeting since the start of A's term')", () => {
		const meetings = meetingsOf(
			"Swedish Foreign Minister Anna Berg met Chilean Foreign Minister Pablo Rojas on Tuesday.",
			"Tuesday's meeting was the first between the two ministers since the start of Prime Minister Erik Lindqvist's third term in 2022.",
		);
		expect(meetings.map((meeting) => meeting.participants.map((party) => party.name))).toEqual([
			["Anna Berg", "Pablo Rojas"],
		]);
	});
});

describe("programmes", () => {
	it("keeps a meeting on a visitor's agenda apart from the welcome already held", () => {
		const meetings = meetingsOf(
			"The President of Peru, Rosa Quispe, landed on Thursday night in the Chilean capital for a three-day visit.",
			"On her arrival, Quispe was received by Chilean Foreign Minister Pablo Rojas.",
			"Her agenda for this Friday includes a meeting with exporters, as well as a meeting with the Chilean president at the palace.",
		);
		expect(meetings.map(fields)).toEqual([
			{ status: "held", date: "2024-03-14", place: { city: "Santiago", country: "CL" } },
		]);
	});
});

describe("hosts", () => {
	it("places a meeting a host held with no place given in the host's country", () => {
		const meetings = meetingsOf(
			"King Harald of Norway last saw a Swedish leader at home when he hosted Swedish Prime Minister Erik Lindqvist in 2019.",
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
			"Latvian Foreign Minister Janis Ozols went to the council in Brussels, where he also held bilateral talks with top diplomats of Portugal and Greece.",
			"On Thursday evening Ozols and Greek Foreign Minister Nikos Pappas held a meeting on energy.",
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
	it("drops talks spread over several places ('met officials in each of the three capitals')", () => {
		const { meetings, warnings } = extractMeetingsWithWarnings({
			publishedAt: FRIDAY,
			body: [
				{
					type: "paragraph",
					text: "Ahead of the visit, Irish envoys such as Deputy Prime Minister Sean Walsh and Governor Niamh Byrne met officials in each of the three capitals.",
				},
			],
		});
		expect(meetings).toEqual([]);
		expect(warnings[0]).toMatch(/^meeting dropped \(talks spread over several places\): “Ahead of the visit/);
	});

	it("keeps talks 'in both countries' interest' (a possessive names whose interest, not where)", () => {
		const meetings = meetingsOf(
			"Danish Foreign Minister Lars Holm held talks in both countries' interest with Dutch Foreign Minister Pieter de Vries.",
		);
		expect(meetings).toHaveLength(1);
	});

	it("reads a body after 'at the' as where meetings were, not as a party ('at the Cabinet of Ministers of A')", () => {
		const meetings = meetingsOf(
			"After talks with his Polish counterpart Jan Kowalczyk, Czech Foreign Minister Petr Dvorak also held meetings at the Senate and the Council of Ministers of Poland on Tuesday.",
		);
		expect(
			meetings.map((meeting) => meeting.participants.map((party) => party.name ?? party.country)),
		).toEqual([["Jan Kowalczyk", "Petr Dvorak"]]);
	});

	it("keeps the speaker of 'X said that both ministers had been due to meet' out of the meeting", () => {
		const meetings = meetingsOf(
			"Danish Foreign Minister Lars Holm met Dutch Foreign Minister Pieter de Vries on Tuesday.",
			"A ministry spokesman, Anders Berg, said that both ministers had been due to meet again at a forum.",
			"Dutch envoys maintain that the pair did meet at the forum.",
		);
		const parties = meetings.map((meeting) => meeting.participants.map((party) => party.name));
		expect(parties).toEqual([
			["Lars Holm", "Pieter de Vries"],
			["Lars Holm", "Pieter de Vries"],
		]);
		expect(meetings.map((meeting) => meeting.status)).toEqual(["held", "planned"]);
	});
});
