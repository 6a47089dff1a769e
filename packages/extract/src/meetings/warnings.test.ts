import { describe, expect, it } from "vitest";
import { extractMeetingsWithWarnings } from "./extract-meetings.js";

const report = (...paragraphs: string[]) =>
	extractMeetingsWithWarnings({
		publishedAt: "2024-03-15T18:00:00+01:00",
		body: paragraphs.map((text) => ({ type: "paragraph" as const, text })),
	});

describe("warnings", () => {
	it("names a participant whose nationality the text does not give, and still proposes the meeting", () => {
		const { meetings, warnings } = report(
			"Prime Minister Tomas Ardevol held talks with Norwegian Foreign Minister Ingrid Solberg in Oslo on Tuesday.",
		);
		expect(meetings).toHaveLength(1);
		expect(warnings).toEqual(["Tomas Ardevol: nationality not found"]);
	});

	it("says why a reported meeting with one identifiable party is dropped, quoting its sentence", () => {
		const { meetings, warnings } = report("Ingrid Solberg met on Tuesday to discuss fisheries.");
		expect(meetings).toEqual([]);
		expect(warnings).toEqual([
			"meeting dropped (only Ingrid Solberg identified): “Ingrid Solberg met on Tuesday to discuss fisheries.”",
		]);
	});

	it("has nothing to say about a fully identified meeting", () => {
		const { warnings } = report(
			"Norwegian Foreign Minister Ingrid Solberg met her Danish counterpart Mads Holm in Oslo on Tuesday.",
		);
		expect(warnings).toEqual([]);
	});
});
