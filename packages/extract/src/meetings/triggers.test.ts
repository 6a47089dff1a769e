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
		expect(statuses("A said it was a real pleasure to meet with B")).toEqual([["meet with", "held"]]);
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

	it("reads 'is expected to phone B, C and D after his conversation with E' as planned", () => {
		const conversation = (sentence: string) => statuses(sentence).find(([text]) => text === "conversation");
		expect(
			conversation(
				"A is expected to phone B, as well as the leaders of C, D and E after his conversation with F",
			),
		).toEqual(["conversation", "planned"]);
		expect(conversation("A phoned B, C and D after his conversation with F")).toEqual([
			"conversation",
			"held",
		]);
	});

	it("reads 'were then joined by C for the trilateral meeting' as a meeting of all of them", () => {
		const [joined] = findTriggers("They were then joined by C for the trilateral meeting.");
		expect(joined).toMatchObject({
			text: "were then joined by",
			kind: "verb",
			together: true,
			status: "held",
		});
		expect(findTriggers("They were joined by their wives.")).toEqual([]);
	});

	it("reads 'agreed to continue the dialogue in a personal meeting' as planned and 'held a conversation' as of no medium", () => {
		expect(statuses("Both agreed to continue the dialogue in a personal meeting")).toEqual([
			["dialogue", "planned"],
			["meeting", "planned"],
		]);
		expect(findTriggers("the pair held a warm conversation")[0]?.vague).toBe(true);
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

	it("reads 'A and Titled B discussed ...' as a meeting, but not a thing discussed alone", () => {
		expect(statuses("Top diplomat Okafor and Czech FM Petr Dvorak discussed the crisis")).toEqual([
			["discussed", "held"],
		]);
		expect(statuses("The ministry discussed the crisis")).toEqual([]);
		expect(
			statuses("Okafor and Czech FM Petr Dvorak discussed the peace talks between Chile and Peru"),
		).toEqual([
			["discussed", "held"],
			["talks", "held"],
		]);
		expect(statuses("Okafor and Dvorak discussed trade during a phone call")).toEqual([
			["phone call", "held"],
		]);
	});

	it("reads heads of delegations facing each other as a meeting, but not one delegation led", () => {
		expect(
			statuses("A and B led the Chilean and Peruvian delegations respectively at the consultations"),
		).toEqual([
			["led the Chilean and Peruvian delegations", "held"],
			["consultations", "held"],
		]);
		expect(statuses("A and B headed their delegations at the trade talks")).toEqual([
			["headed their delegations", "held"],
			["talks", "held"],
		]);
		expect(statuses("A led the Chilean delegation to the summit")).toEqual([]);
	});
});
