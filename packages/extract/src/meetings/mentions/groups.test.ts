import { describe, expect, it } from "vitest";
import { readGroupsAndPronouns } from "./groups.js";
import { scanOf } from "./test-scan.js";

describe("readGroupsAndPronouns", () => {
	it("reads groups with their size and pronouns", () => {
		const scan = scanOf("Both sides said they agreed, and she left.");
		readGroupsAndPronouns(scan);
		expect(scan.mentions).toEqual([
			{ kind: "group", start: 0, end: 10, size: 2 },
			{ kind: "group", start: 16, end: 20 },
			{ kind: "pronoun", start: 33, end: 36 },
		]);
	});

	it("reads no group in 'the two countries'", () => {
		const scan = scanOf("The two countries signed a deal.");
		readGroupsAndPronouns(scan);
		expect(scan.mentions).toEqual([]);
	});

	it("reads the first person of a quotation that opens the sentence as a pronoun", () => {
		const scan = scanOf("“Today I spoke with the minister,” she wrote.");
		readGroupsAndPronouns(scan);
		expect(
			scan.mentions.map((mention) => [mention.kind, scan.sentence.slice(mention.start, mention.end)]),
		).toEqual([
			["pronoun", "she"],
			["pronoun", "I"],
		]);
		const unquoted = scanOf("Then I spoke with the minister.");
		readGroupsAndPronouns(unquoted);
		expect(unquoted.mentions).toEqual([]);
	});
});
