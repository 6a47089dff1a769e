import { describe, expect, it } from "vitest";
import { FRIDAY, stateAfter } from "./test-state.js";

describe("carryContext (context for the sentences that follow)", () => {
	it("follows the city and the day the text last named", () => {
		const state = stateAfter(FRIDAY, "Foreign Minister Lukas Brandauer arrived in Zurich on March 12.");
		expect(state.contextPlace).toEqual({ city: "Zurich", country: "CH" });
		expect(state.contextDay).toEqual({ year: 2024, month: 3, day: 12, precision: "day" });
		expect(state.previousDay).toEqual(state.contextDay);
		expect(state.lastSubject?.printed).toBe("Lukas Brandauer");
	});

	it("keeps the previous day across a sentence that names none and reports no meeting", () => {
		const state = stateAfter(FRIDAY, "The minister arrived in Zurich on March 12.", "The weather was cold.");
		expect(state.previousDay?.day).toBe(12);
		expect(state.contextDay?.day).toBe(12);
	});

	it("forgets the previous day after a meeting reported without one, but keeps the context day", () => {
		const state = stateAfter(
			FRIDAY,
			"The minister arrived in Zurich on March 12.",
			"Foreign Minister Lukas Brandauer met Swiss Foreign Minister Ingrid Solberg in Bern.",
		);
		expect(state.previousDay).toBeUndefined();
		expect(state.contextDay?.day).toBe(12);
	});

	it("places the story in a country the text visits", () => {
		const state = stateAfter(FRIDAY, "Foreign Minister Lukas Brandauer is on an official visit to Chile.");
		expect(state.contextPlace).toEqual({ country: "CL" });
	});

	it("gives the meetings just reported the city where a sentence says they took place", () => {
		const state = stateAfter(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Swiss Foreign Minister Ingrid Solberg during his visit to Switzerland.",
			"The ceremony took place in Zurich.",
		);
		expect(state.drafts[0]?.place).toEqual({ city: "Zurich", country: "CH" });
	});

	it("adds the topics a later sentence gives to the meeting it talks about", () => {
		const state = stateAfter(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Norwegian Foreign Minister Ingrid Solberg in Oslo.",
			"The two discussed fisheries and energy security.",
		);
		expect(state.drafts[0]?.topics).toEqual(["fisheries", "energy security"]);
	});
	it("follows a surname that opens a sentence as its subject", () => {
		const state = stateAfter(
			FRIDAY,
			"Okafor has been in talks at the convention centre for most of the day.",
		);
		expect(state.lastSubject?.printed).toBe("Okafor");
		const unnamed = stateAfter(FRIDAY, "Okafor Street has been closed for most of the day.");
		expect(unnamed.lastSubject).toBeUndefined();
	});
});
