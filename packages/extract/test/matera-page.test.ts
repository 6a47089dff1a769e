import { bodyText } from "@sidelines/domain";
import { materaDiplomats } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { materaPage } from "../src/fixtures/index.js";
import { extractMeetings, parsePage, toGoldShape } from "../src/index.js";

const matera = { city: "Matera", country: "IT" };

describe("the Matera page (the worked example, in the project's words)", () => {
	const article = parsePage(materaPage);
	const meetings = extractMeetings(article).map(toGoldShape);

	it("gives exactly the four meetings the page reports, with their facts", () => {
		const facts = (meeting: (typeof meetings)[number]) => ({
			names: meeting.participants.map((party) => party.name).sort(),
			format: meeting.format,
			place: meeting.place,
			status: meeting.status,
		});
		expect(meetings.map(facts)).toEqual([
			{ names: ["Antony Blinken", "Toshimitsu Motegi"], format: "in_person", place: matera, status: "held" },
			{ names: ["Dominic Raab", "Toshimitsu Motegi"], format: "in_person", place: matera, status: "held" },
			{ names: ["Luigi Di Maio", "Toshimitsu Motegi"], format: "in_person", place: matera, status: "held" },
			{ names: ["Joe Biden", "Yoshihide Suga"], format: "phone", place: null, status: "held" },
		]);
		expect(meetings[0]).toMatchObject({
			date: "2021-06-29",
			durationMinutes: 20,
			occasion: "G20 Foreign and Development Ministers' Meeting",
		});
		expect(meetings[3]).toMatchObject({
			date: "2021-01",
			dateQualifier: "late",
			format: "phone",
			place: null,
		});
		expect(meetings[0]?.participants.map((party) => [party.name, party.country]).sort()).toEqual([
			["Antony Blinken", "US"],
			["Toshimitsu Motegi", "JP"],
		]);
		expect(meetings[1]?.participants[1]).toEqual({
			name: "Dominic Raab",
			country: "GB",
			role: "Foreign Secretary",
		});
		expect(meetings[2]?.participants[1]).toMatchObject({ name: "Luigi Di Maio", country: "IT" });
	});

	it("points every meeting's evidence at the body text that reports it", () => {
		const body = bodyText(article);
		for (const meeting of meetings) {
			expect(meeting.evidence?.length).toBeGreaterThan(0);
			for (const span of meeting.evidence ?? []) expect(body.slice(span.start, span.end)).toBe(span.text);
		}
		expect(meetings[3]?.evidence?.[0]?.text).toContain("held a phone meeting");
	});

	it("resolves the people to the registry when it knows them", () => {
		const proposals = extractMeetings(article, materaDiplomats);
		const ids = proposals.map((meeting) =>
			meeting.participants.map((party) => (party.kind === "diplomat" ? party.diplomatId : "new")),
		);
		expect(ids).toEqual([
			["motegi-toshimitsu", "antony-blinken"],
			["motegi-toshimitsu", "dominic-raab"],
			["motegi-toshimitsu", "luigi-di-maio"],
			["suga-yoshihide", "joe-biden"],
		]);
		const suga = proposals[3]?.participants[0];
		expect(suga?.kind === "diplomat" && suga.office).toMatchObject({
			title: "Prime Minister",
			kind: "head-of-government",
			country: "JP",
		});
	});
});
