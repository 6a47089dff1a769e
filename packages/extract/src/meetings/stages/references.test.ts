import { describe, expect, it } from "vitest";
import { resolveParties } from "./references.js";
import { FRIDAY, partyNames, readLast } from "./test-state.js";

describe("resolveParties (reference resolution)", () => {
	it("makes one bilateral meeting per object of 'A met B and C'", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan and Czech Foreign Minister Petr Dvorak.",
		);
		const parties = resolveParties(state, reading, 0);
		expect(parties.groups.map(partyNames)).toEqual([
			["Lukas Brandauer", "Mojca Zupan"],
			["Lukas Brandauer", "Petr Dvorak"],
		]);
	});

	it("reads 'he' as the person the text follows", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer arrived in Vienna on Tuesday.",
			"He later met Slovenian Foreign Minister Mojca Zupan.",
		);
		expect(partyNames(resolveParties(state, reading, 0).before)).toEqual(["Lukas Brandauer"]);
	});

	it("reads 'the two ministers' as the parties of the meeting last reported", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan in Vienna.",
			"The two ministers held a second round of talks on Thursday.",
		);
		const parties = resolveParties(state, reading, 0);
		expect(parties.byGroup).toBe(true);
		expect(partyNames(parties.before)).toEqual(["Lukas Brandauer", "Mojca Zupan"]);
	});

	it("ends the parties at a source cited after a reporting verb", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Mojca Zupan, the Danube Press Agency reported citing the Hungarian delegation.",
		);
		const parties = resolveParties(state, reading, 0);
		expect(partyNames(parties.after)).toEqual(["Mojca Zupan"]);
		expect(reading.sentence.text.slice(parties.partiesTo)).toMatch(/^, the Danube Press Agency reported/);
	});

	it("gives a second verb of the sentence the same subject", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Mojca Zupan on Monday and later held talks with Petr Dvorak.",
		);
		expect(partyNames(resolveParties(state, reading, 1).groups.flat())).toEqual([
			"Lukas Brandauer",
			"Petr Dvorak",
		]);
	});
	it("ends the parties at a relative clause 'in which'", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan in Vienna on Wednesday.",
			"The two ministers also held a phone call in January in which Foreign Minister Petr Dvorak was praised.",
		);
		const parties = resolveParties(state, reading, 0);
		expect(parties.groups.map(partyNames)).toEqual([["Lukas Brandauer", "Mojca Zupan"]]);
	});
	it("reads 'he' in a clause of its own as the person named before it, not the last subject", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan in Vienna on Wednesday.",
			"It was the first time Zupan had met an Austrian minister since she hosted Petr Dvorak in Ljubljana.",
		);
		expect(reading.triggers.map((trigger) => trigger.text)).toEqual(["met", "hosted"]);
		expect(resolveParties(state, reading, 1).groups.map(partyNames)).toEqual([
			["Mojca Zupan", "Petr Dvorak"],
		]);
	});
	it("reads 'he' as a surname that opened the sentence before, and a surname before 's also'", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Okafor has spent the whole day in talks at the exhibition hall.",
			"Earlier, he met with Peruvian Foreign Minister Diego Salazar.",
		);
		expect(resolveParties(state, reading, 0).groups.map(partyNames)).toEqual([["Okafor", "Diego Salazar"]]);
		const contracted = readLast(
			FRIDAY,
			"Okafor's also spent time with Peruvian Foreign Minister Diego Salazar.",
		);
		expect(resolveParties(contracted.state, contracted.reading, 0).groups.map(partyNames)).toEqual([
			["Okafor", "Diego Salazar"],
		]);
	});
	it("reads 'their' as the people named in its own clause", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Czech Foreign Minister Petr Dvorak's remarks came after Foreign Minister Lukas Brandauer told Slovenian Foreign Minister Mojca Zupan during their talks on Thursday that a deal was near.",
		);
		expect(resolveParties(state, reading, 0).groups.map(partyNames)).toEqual([
			["Lukas Brandauer", "Mojca Zupan"],
		]);
	});
	it("leaves the people who accompanied the parties out of the meeting", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer met Slovenian Foreign Minister Mojca Zupan, accompanied by Trade Minister Petr Dvorak and his Slovenian counterpart Ana Kos.",
		);
		expect(resolveParties(state, reading, 0).groups.map(partyNames)).toEqual([
			["Lukas Brandauer", "Mojca Zupan"],
		]);
	});

	it("reads a title abbreviated in capitals ('the DP') as the person last given the full title", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Deputy President Amina Wanjiru will see Slovenian President Mojca Zupan on Monday.",
			"Earlier, the DP held a meeting with Czech Foreign Minister Petr Dvorak.",
		);
		expect(resolveParties(state, reading, 0).groups.map(partyNames)).toEqual([
			["Amina Wanjiru", "Petr Dvorak"],
		]);
	});

	it("makes hosts named 'together with' one another one meeting with the guest", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Foreign Minister Lukas Brandauer was received by the undersecretary for Europe, Mojca Zupan, together with the director for Asia, Petr Dvorak, and the Czech ambassador to Austria, Jana Novak.",
		);
		expect(resolveParties(state, reading, 0).groups.map(partyNames)).toEqual([
			["Lukas Brandauer", "Mojca Zupan", "Petr Dvorak", "Jana Novak"],
		]);
	});

	it("makes the foreign ministry that summoned a named envoy a party of the host country", () => {
		const summoned = (sentence: string) => {
			const { state, reading } = readLast(FRIDAY, sentence);
			return resolveParties(state, reading, 0).groups.map(partyNames);
		};
		expect(
			summoned(
				"The Ministry of Foreign Affairs summoned Diego Salazar, deputy head of mission at the Chilean Embassy in Lima, on Tuesday.",
			),
		).toEqual([["(PE)", "Diego Salazar"]]);
		expect(
			summoned(
				"The Chilean chargé d'affaires, Rosa Fuentes, was summoned to the Peruvian Foreign Ministry over the remarks of Foreign Minister Ana Quispe.",
			),
		).toEqual([["Rosa Fuentes", "(PE)"]]);
	});

	it("reads 'the Principal Secretary' as who holds that title, not the last person whose title shares its head", () => {
		const { state, reading } = readLast(
			FRIDAY,
			"Principal Secretary Amina Wanjiru flew to Vienna.",
			"Wanjiru and Tomas Grey, the Permanent Secretary for Trade, met on Monday.",
			"Later, the Principal Secretary held a meeting with Czech Foreign Minister Petr Dvorak.",
		);
		expect(resolveParties(state, reading, 0).groups.map(partyNames)).toEqual([
			["Amina Wanjiru", "Petr Dvorak"],
		]);
	});
});
