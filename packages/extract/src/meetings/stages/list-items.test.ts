import { describe, expect, it } from "vitest";
import { addListedMeeting } from "./list-items.js";
import { partyNames, readLast } from "./test-state.js";

const HEAD = [
	"OSLO — President Ama Tetteh attended the forum in Oslo on Monday.",
	"These are the leaders the president met with during the forum.",
];

describe("addListedMeeting (numbered items)", () => {
	it("adds the list's subject meeting the item's person, in the list's date, placed where the story is", () => {
		const { state, reading } = readLast(
			"2024-03-15T12:00:00Z",
			[...HEAD, "1. Prime Minister Lars Holm of Denmark."].join("\n"),
		);
		addListedMeeting(state, reading);
		expect(partyNames(state.lastMeeting?.parties)).toEqual(["Ama Tetteh", "Lars Holm"]);
		expect(state.lastMeeting?.place).toEqual({ city: "Oslo", country: "NO" });
		expect(state.usedHeads).toHaveLength(1);
		expect(reading.touched).toEqual([state.lastMeeting]);
	});

	it("adds nothing for an item with no list open", () => {
		const { state, reading } = readLast("2024-03-15T12:00:00Z", "1. Prime Minister Lars Holm of Denmark.");
		addListedMeeting(state, reading);
		expect(state.drafts).toEqual([]);
	});
});
