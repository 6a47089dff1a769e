import { describe, expect, it } from "vitest";
import { extractMeetings, parsePage, toGoldShape } from "../src/index.js";

// A page written for this test: several meetings, a plan, a denial and a dateline.
const page = `Ministers seek to revive stalled trade talks
2024-06-12T10:00:00+02:00

BRUSSELS — European Commissioner for Trade Henrik Solberg met Indian Commerce Minister Rajesh Khanna in Brussels on Tuesday in an attempt to revive negotiations on a free trade agreement that have stalled for months.

The two officials spent more than two hours reviewing tariffs on cars, wine and spirits, according to a Commission spokesperson. Khanna later told journalists the meeting had been "productive".

Khanna, who arrived in Belgium on Monday, is due to travel to Berlin on Thursday for talks with German Economy Minister Petra Lang.

Separately, Solberg held a video call with Australian Trade Minister Tom Reid on Wednesday morning. The call, which lasted 30 minutes, focused on critical minerals.

The EU and India launched negotiations in 2007 but suspended them in 2013. Talks resumed in 2022.

In Washington, Secretary of State Mark Ellison hosted Philippine Foreign Secretary Maria Santos for a working lunch at the State Department on Monday, officials said.

Japanese Prime Minister TANAKA Yui and Chinese Premier LI Wei did not meet during the summit, a Japanese official said, although the two exchanged greetings at a dinner.`;

describe("a page reporting several meetings", () => {
	const meetings = extractMeetings(parsePage(page)).map(toGoldShape);
	const summary = meetings.map((meeting) => ({
		status: meeting.status,
		names: meeting.participants.map((party) => party.name),
		date: meeting.date,
		place: meeting.place,
		format: meeting.format,
	}));

	it("proposes each meeting once with its facts, the plan as planned and nothing for the denial", () => {
		expect(summary).toEqual([
			{
				status: "held",
				names: ["Henrik Solberg", "Rajesh Khanna"],
				date: "2024-06-11",
				place: { city: "Brussels", country: "BE" },
				format: "in_person",
			},
			{
				status: "planned",
				names: ["Rajesh Khanna", "Petra Lang"],
				date: "2024-06-13",
				place: { city: "Berlin", country: "DE" },
				format: "in_person",
			},
			{
				status: "held",
				names: ["Henrik Solberg", "Tom Reid"],
				date: "2024-06-12",
				place: null,
				format: "video",
			},
			{
				status: "held",
				names: ["Mark Ellison", "Maria Santos"],
				date: "2024-06-10",
				place: { city: "Washington", country: "US" },
				format: "in_person",
			},
		]);
	});

	it("reads countries and roles from the titles, and durations from follow-up sentences", () => {
		expect(meetings[0]?.participants).toEqual([
			{ name: "Henrik Solberg", country: "EU", role: "Commissioner for Trade" },
			{ name: "Rajesh Khanna", country: "IN", role: "Commerce Minister" },
		]);
		expect(meetings[0]?.durationMinutes).toBe(120);
		expect(meetings[2]).toMatchObject({ durationMinutes: 30, topics: ["critical minerals"] });
	});
});
