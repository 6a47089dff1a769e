import { describe, expect, it } from "vitest";
import { findTriggers } from "./triggers.js";

const statuses = (sentence: string) =>
	findTriggers(sentence).map((trigger) => [trigger.text, trigger.status]);

describe("findTriggers", () => {
	it("finds meeting phrases and their status", () => {
		expect(statuses("A held talks with B")).toEqual([["held talks", "held"]]);
		expect(statuses("A will meet B next week")).toEqual([["meet", "planned"]]);
		expect(statuses("A is scheduled to pay a courtesy call on B")).toEqual([
			["pay a courtesy call on", "planned"],
		]);
		expect(statuses("A did not meet B")).toEqual([["meet", "negated"]]);
		expect(statuses("A had no plans for a meeting with B")).toEqual([["meeting with", "negated"]]);
		expect(statuses("A meeting between A and B has been cancelled")[0]).toEqual(["meeting", "cancelled"]);
		expect(statuses("A was very pleased to meet with B")).toEqual([["meet with", "held"]]);
	});

	it("reads 'is likely to ... after his meeting with B' as planned", () => {
		expect(statuses("A is likely to brief reporters after his meeting with B later today")).toEqual([
			["meeting with", "planned"],
		]);
	});

	it("reads 'welcomed the visiting minister' as a meeting and 'welcomed the recent increases' as none", () => {
		expect(statuses("A welcomed the visiting minister")).toEqual([["welcomed", "held"]]);
		expect(statuses("A welcomed Prime Minister B")).toEqual([["welcomed", "held"]]);
		expect(statuses("The leaders welcomed the recent increases in spending by member states")).toEqual([]);
		expect(statuses("The two welcomed a ceasefire")).toEqual([]);
	});

	it("finds nothing in speeches, statements and press conferences", () => {
		expect(
			findTriggers("The minister gave a speech and told a press conference that talks were needed.").filter(
				(trigger) => trigger.kind === "verb",
			),
		).toEqual([]);
		expect(findTriggers("The ministers issued a joint statement.")).toEqual([]);
	});

	it("tells references from new meetings", () => {
		const [reference] = findTriggers("The meeting lasted an hour.");
		expect(reference?.definite).toBe(true);
		const [between] = findTriggers("a telephone call in late January between A and B");
		expect(between).toMatchObject({ definite: false, together: true });
	});
});
