import { readFileSync } from "node:fs";
import path from "node:path";
import { bodyText } from "@sidelines/domain";
import { materaDiplomats } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { extractMeetings, parsePage, toGoldShape } from "../src/index.js";
import { readGoldDirectory } from "./gold-files.js";
import { sharedRoot } from "./paths.js";

const seedPath = path.join(sharedRoot, "seeds/000_daee57d86bbdfa35.txt");
const raw = readFileSync(seedPath, "utf8");
const gold = readGoldDirectory(path.join(sharedRoot, "extraction"))[0];

describe("the seed page", () => {
	const article = parsePage(raw);
	const meetings = extractMeetings(article).map(toGoldShape);

	it("gives exactly the four meetings of seed.gold.json with their facts", () => {
		expect(gold?.meetings).toHaveLength(4);
		expect(meetings).toHaveLength(4);
		const facts = (meeting: (typeof meetings)[number] | NonNullable<typeof gold>["meetings"][number]) => ({
			names: meeting.participants.map((party) => party.name).sort(),
			format: meeting.format,
			place: meeting.place,
			status: meeting.status,
		});
		expect(meetings.map(facts)).toEqual(gold?.meetings.map(facts));
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
		expect(meetings[0]?.participants.map((party) => party.country)).toEqual(["US", "JP"]);
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
			["antony-blinken", "motegi-toshimitsu"],
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
