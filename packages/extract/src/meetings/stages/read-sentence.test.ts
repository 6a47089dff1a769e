import { describe, expect, it } from "vitest";
import { FRIDAY, readLast } from "./test-state.js";

describe("readSentence (sentence → mentions)", () => {
	it("reads the subject, the trigger, the place and the duration", () => {
		const { reading } = readLast(
			FRIDAY,
			"Austrian Foreign Minister Lukas Brandauer held talks with his Slovenian counterpart Mojca Zupan in Vienna on Wednesday for about 45 minutes.",
		);
		expect(reading.triggers.map((trigger) => trigger.text)).toEqual(["held talks"]);
		expect(reading.subject?.kind === "person" && reading.subject.person.printed).toBe("Lukas Brandauer");
		expect(
			reading.mentions.flatMap((mention) => (mention.kind === "person" ? [mention.person.printed] : [])),
		).toEqual(["Lukas Brandauer", "Mojca Zupan"]);
		expect(reading.places.map((phrase) => phrase.place)).toEqual([{ city: "Vienna", country: "AT" }]);
		expect(reading.durations.map((phrase) => phrase.duration)).toEqual([{ minutes: 45, approximate: true }]);
		expect(reading.evidence.text.startsWith("Austrian Foreign Minister")).toBe(true);
	});

	it("leaves out the words of a gathering, which name no party", () => {
		const { reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Mojca Zupan on the sidelines of the G20 foreign ministers' meeting.",
		);
		expect(reading.occasions.map((occasion) => occasion.name)).toEqual(["G20 foreign ministers' meeting"]);
		expect(reading.mentions.map((mention) => mention.kind)).not.toContain("group");
	});

	it("finds who joins by video link, and a pronoun before the verb", () => {
		const { reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer arrived in Vienna.",
			"He met Mojca Zupan there, with Irish Foreign Minister Cian Byrne joining by video link.",
		);
		expect(reading.pronounFirst?.kind).toBe("pronoun");
		expect(reading.subject).toBeUndefined();
		const [joiner] = [...reading.joiners.values()];
		expect(joiner?.kind === "person" && joiner.person.printed).toBe("Cian Byrne");
	});
});
