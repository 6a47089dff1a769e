import { describe, expect, it } from "vitest";
import { toReport } from "./report.js";
import { FRIDAY, stateAfter } from "./test-state.js";

describe("toReport (proposals and warnings)", () => {
	it("proposes the meetings with two parties and says which participant has no nationality", () => {
		const report = toReport(
			stateAfter(
				FRIDAY,
				"Prime Minister Tomas Ardevol held talks with Norwegian Foreign Minister Ingrid Solberg.",
			),
		);
		expect(report.meetings.map((meeting) => meeting.participants.length)).toEqual([2]);
		expect(report.warnings).toEqual(["Tomas Ardevol: nationality not found"]);
	});

	it("says each warning once", () => {
		const report = toReport(
			stateAfter(
				FRIDAY,
				"Prime Minister Tomas Ardevol held talks with Norwegian Foreign Minister Ingrid Solberg in Oslo.",
				"Ardevol later met Danish Foreign Minister Mads Holm in Oslo.",
			),
		);
		expect(report.meetings).toHaveLength(2);
		expect(report.warnings).toEqual(["Tomas Ardevol: nationality not found"]);
	});

	it("withdraws the dropped warning of a list whose items named counterparts", () => {
		const text = [
			"President Ama Tetteh attended the forum in Oslo on Monday.",
			"These are the leaders the president met with during the forum.",
			"1. Prime Minister Lars Holm of Denmark.",
		].join("\n");
		const report = toReport(stateAfter("2024-03-15T12:00:00Z", text));
		expect(report.meetings).toHaveLength(1);
		expect(report.warnings.filter((warning) => warning.startsWith("meeting dropped"))).toEqual([]);
	});
});
