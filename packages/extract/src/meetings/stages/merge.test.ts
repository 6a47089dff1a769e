import { describe, expect, it } from "vitest";
import { frameMeeting } from "./frames.js";
import { recordMeeting } from "./merge.js";
import { resolveParties } from "./references.js";
import { FRIDAY, partyNames, readLast, stateAfter } from "./test-state.js";

/** Runs the merge stage on the last sentence's first trigger. */
const merged = (...paragraphs: string[]) => {
	const { state, reading } = readLast(FRIDAY, ...paragraphs);
	const parties = resolveParties(state, reading, 0);
	recordMeeting(state, reading, parties, frameMeeting(state, reading, 0, parties));
	return { state, reading };
};

describe("recordMeeting (merge)", () => {
	it("adds a new meeting with the parties, date, place and format of its frame", () => {
		const { state, reading } = merged(
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan in Vienna on Wednesday.",
		);
		expect(state.drafts).toHaveLength(1);
		expect(partyNames(state.lastMeeting?.parties)).toEqual(["Lukas Brandauer", "Mojca Zupan"]);
		expect(state.lastMeeting).toMatchObject({
			status: "held",
			date: { year: 2024, month: 3, day: 13, precision: "day" },
			place: { city: "Vienna", country: "AT" },
			format: "in_person",
		});
		expect(reading.touched).toEqual(state.drafts);
	});

	it("merges a second report of the same meeting into the first", () => {
		const { state } = merged(
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan in Vienna on Wednesday.",
			"Brandauer and Zupan met for two hours in Vienna on Wednesday.",
		);
		expect(state.drafts).toHaveLength(1);
		expect(state.drafts[0]?.evidence).toHaveLength(2);
	});

	it("completes the meeting a definite noun refers to with the place it says the meeting took place in", () => {
		const { state } = merged(
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan on Wednesday.",
			"The talks took place at the Hofburg in Vienna.",
		);
		expect(state.drafts).toHaveLength(1);
		expect(state.drafts[0]?.place).toEqual({ city: "Vienna", country: "AT" });
	});

	it("gives a meeting without its own date the date of the meeting reported before it", () => {
		const state = stateAfter(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan in Vienna on Wednesday.",
			"Brandauer also met Czech Foreign Minister Petr Dvorak.",
		);
		expect(
			state.drafts.map((draft) => [partyNames(draft?.parties), draft.date?.day, draft.inherited]),
		).toEqual([
			[["Lukas Brandauer", "Mojca Zupan"], 13, false],
			[["Lukas Brandauer", "Petr Dvorak"], 13, true],
		]);
	});

	it("drops a meeting with one party with a warning, and opens a list for the items that may follow", () => {
		const { state } = merged("Foreign Minister Lukas Brandauer held meetings on Wednesday.");
		expect(state.drafts).toEqual([]);
		expect(state.warnings).toEqual([
			"meeting dropped (only Lukas Brandauer identified): “Foreign Minister Lukas Brandauer held meetings on Wednesday.”",
		]);
		expect(state.listHead?.fields.date).toEqual({ year: 2024, month: 3, day: 13, precision: "day" });
	});

	it("reads a meeting dated after the publication day as planned", () => {
		const { state } = merged("Foreign Minister Lukas Brandauer met Mojca Zupan in Vienna on March 20, 2024.");
		expect(state.drafts[0]?.status).toBe("planned");
	});
	it("adds a call 'between the two' as a new meeting of the last meeting's parties, by phone", () => {
		const state = stateAfter(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan in Vienna on Wednesday.",
			"There was also a 20-minute telephone conversation between the two on Thursday.",
		);
		expect(
			state.drafts.map((draft) => [
				partyNames(draft.parties),
				draft.format,
				draft.date?.day,
				draft.place?.city,
			]),
		).toEqual([
			[["Lukas Brandauer", "Mojca Zupan"], "in_person", 13, "Vienna"],
			[["Lukas Brandauer", "Mojca Zupan"], "phone", 14, undefined],
		]);
	});
	it("reads 'was greeted by' as a meeting with the greeter, whose portfolio is no party", () => {
		const state = stateAfter(
			FRIDAY,
			"Danish Prime Minister Lars Holm, who was greeted by Regional Development Minister, Amina Wanjiru.",
		);
		expect(state.drafts.map((draft) => partyNames(draft.parties))).toEqual([["Lars Holm", "Amina Wanjiru"]]);
	});
	it("reads 'the meeting between A, B and C' as theirs, not of those who speak of it", () => {
		const state = stateAfter(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan in Vienna on Wednesday.",
			"Brandauer also briefed Zupan on Thursday's meeting between Chile, Peru and Ghana.",
		);
		expect(state.drafts.map((draft) => [partyNames(draft.parties), draft.date?.day])).toEqual([
			[["Lukas Brandauer", "Mojca Zupan"], 13],
			[["(CL)", "(PE)", "(GH)"], 14],
		]);
	});

	it("keeps a call 'on Friday' apart from the one 'on Monday' when the page gives no publication day", () => {
		const state = stateAfter(
			undefined,
			"Foreign Minister Lukas Brandauer held a phone call on Monday with his Slovenian counterpart Mojca Zupan.",
			"Brandauer had called Zupan on Friday to wish her a happy birthday.",
			"Brandauer and Zupan spoke again by phone on Friday.",
		);
		expect(state.drafts.map((draft) => [partyNames(draft.parties), draft.unresolvedDay])).toEqual([
			[["Lukas Brandauer", "Mojca Zupan"], "monday"],
			[["Lukas Brandauer", "Mojca Zupan"], "friday"],
		]);
	});
});
