import { describe, expect, it } from "vitest";
import { extractMeetings, extractMeetingsWithWarnings } from "./extract-meetings.js";
import { toGoldShape } from "./gold-shape.js";
import { isListItem } from "./listed-meetings.js";
import { splitSentences } from "./sentences.js";

const page = (...lines: string[]) => ({
	publishedAt: "2024-09-27T12:00:00Z",
	body: [{ type: "paragraph" as const, text: lines.join("\n") }],
});

describe("numbered lists of counterparts", () => {
	const lines = [
		"President Ama Tetteh attended the summit in New York.",
		"Below are the leaders the Ghanaian president met with on the margins of the gathering.",
		"1. His Excellency Lars Holm, Prime Minister of Denmark.",
		"Subscribe to our newsletter to receive the latest stories!",
		"2. Chilean Foreign Minister Camila Rojas.",
		"3. President Tomas Berg of Sweden.",
		"4. Dr. Halima Yusuf, Director General of the Eastern Trade Bank.",
	];

	it("keeps a list number with its item", () => {
		expect(splitSentences(lines.join("\n")).map((sentence) => sentence.text.slice(0, 5))).toEqual([
			"Presi",
			"Below",
			"1. Hi",
			"Subsc",
			"2. Ch",
			"3. Pr",
			"4. Dr",
		]);
		expect(isListItem("2. Chilean Foreign Minister Camila Rojas.")).toBe(true);
		expect(isListItem("2024 was a busy year.")).toBe(false);
	});

	it("reads one meeting per item with the subject of the sentence that announces the list", () => {
		const meetings = extractMeetings(page(...lines)).map(toGoldShape);
		expect(meetings.map((meeting) => meeting.participants.map((party) => party.name))).toEqual([
			["Ama Tetteh", "Lars Holm"],
			["Ama Tetteh", "Camila Rojas"],
			["Ama Tetteh", "Tomas Berg"],
			["Ama Tetteh", "Halima Yusuf"],
		]);
		expect(meetings.map((meeting) => meeting.place)).toEqual(
			Array(4).fill({ city: "New York", country: "US" }),
		);
		// "the Ghanaian president" is Ama Tetteh, whose country the text gives only there.
		expect(meetings[0]?.participants[0]?.country).toBe("GH");
	});

	it("withdraws the 'meeting dropped' warning once the list names counterparts", () => {
		const { warnings } = extractMeetingsWithWarnings(page(...lines));
		expect(warnings.filter((warning) => warning.startsWith("meeting dropped"))).toEqual([]);
		const alone = extractMeetingsWithWarnings(page(...lines.slice(0, 2)));
		expect(alone.meetings).toEqual([]);
		expect(alone.warnings.some((warning) => warning.startsWith("meeting dropped"))).toBe(true);
	});

	it("ends the list at a sentence that reports a meeting of its own", () => {
		const meetings = extractMeetings(
			page(
				...lines.slice(0, 3),
				"Separately, Ghanaian Foreign Minister Kwame Mensah met Kenyan Foreign Minister Amina Wanjiru.",
				"4. The next summit will be held in Accra.",
			),
		).map(toGoldShape);
		expect(meetings.map((meeting) => meeting.participants.map((party) => party.name))).toEqual([
			["Ama Tetteh", "Lars Holm"],
			["Kwame Mensah", "Amina Wanjiru"],
		]);
	});
});
