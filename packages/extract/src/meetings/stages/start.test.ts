import { describe, expect, it } from "vitest";
import { startExtraction } from "./start.js";

const start = (text: string, publishedAt?: string) =>
	startExtraction({ publishedAt, body: [{ type: "paragraph", text }] }, []);

describe("startExtraction (page → clean text and metadata)", () => {
	it("reads the publication day, or none", () => {
		expect(start("Two ministers met.", "2024-03-15T18:00:00+01:00").isoDay).toBe("2024-03-15");
		const undated = start("Two ministers met.");
		expect(undated.isoDay).toBe("");
		expect(undated.day).toBeUndefined();
	});

	it("places the story in the city of an upper-case dateline", () => {
		expect(start("OSLO (Nordic Wire) — The ministers met on Monday.").contextPlace).toEqual({
			city: "Oslo",
			country: "NO",
		});
		expect(start("BRUSSELS: Talks resumed on Monday.").contextPlace).toEqual({
			city: "Brussels",
			country: "BE",
		});
	});

	it("takes a known city that opens the text before a date or an agency", () => {
		expect(start("Lisbon March 4/2024 /Tagus Agency/ The ministers met.").contextPlace).toEqual({
			city: "Lisbon",
			country: "PT",
		});
		// A city that opens an ordinary sentence is no dateline.
		expect(start("Lisbon will host the next round of talks.").contextPlace).toBeUndefined();
	});

	it("starts with no meetings, no warnings and no context", () => {
		const state = start("The minister spoke.", "2024-03-15T12:00:00Z");
		expect([state.drafts, state.warnings, state.lastMeeting, state.lastSubject, state.listHead]).toEqual([
			[],
			[],
			undefined,
			undefined,
			undefined,
		]);
	});
});
