import { describe, expect, it } from "vitest";
import { scanOf, shown } from "./test-scan.js";
import { readTitledPeople } from "./titled-people.js";

const titled = (sentence: string) => {
	const scan = scanOf(sentence);
	readTitledPeople(scan);
	return shown(scan);
};

describe("readTitledPeople", () => {
	it("reads a title before the name with its country", () => {
		expect(titled("Kenyan Foreign Minister Amina Wanjiru arrived.")).toEqual([
			"person Amina Wanjiru (KE, Foreign Minister)",
		]);
	});

	it("reads a title after the name in apposition", () => {
		expect(titled("Amina Wanjiru, Kenya's foreign minister, arrived.")).toEqual([
			"person Amina Wanjiru (KE, Foreign Minister)",
		]);
	});

	it("skips honorifics between the title and the name", () => {
		expect(titled("Prime Minister Datuk Seri Hamid Karim spoke.")).toEqual([
			"person Hamid Karim (?, Prime Minister)",
		]);
	});

	it("reads a plural title alone as a group and a title with no name as a role", () => {
		expect(titled("The two ministers met the Peruvian ambassador.")).toEqual([
			"group The two ministers",
			"role the Peruvian ambassador",
		]);
	});

	it("reads a plural title with countries as one delegation each", () => {
		expect(titled("She met the foreign ministers of Chile and Peru.")).toEqual([
			"delegation CL",
			"delegation PE",
		]);
	});

	it("reads no person in a titled name of a site", () => {
		expect(titled("They crossed the King Faisal Bridge.")).toEqual([]);
	});
	it("keeps a region or a portfolio after 'for' or 'in the' in the title", () => {
		expect(titled("She met US Special Envoy for Chile Rosa Fuentes.")).toEqual([
			"person Rosa Fuentes (US, Special Envoy for Chile)",
		]);
		expect(
			titled("He met the Assistant Secretary for Latin America and the Caribbean, Diego Salazar."),
		).toEqual(["person Diego Salazar (?, Assistant Secretary for Latin America and the Caribbean)"]);
		expect(titled("He was welcomed by Minister in the Presidency, Amina Wanjiru.")).toEqual([
			"person Amina Wanjiru (?, Minister in the Presidency)",
		]);
		// A name after "for Foreign Affairs," stays the person's name.
		expect(titled("Kenya's Cabinet Secretary for Foreign Affairs, Amina Wanjiru, spoke.")).toEqual([
			"person Amina Wanjiru (KE, Cabinet Secretary for Foreign Affairs)",
		]);
	});

	it("reads an organisation by its full name, with its acronym in brackets, inside a title", () => {
		expect(
			titled("The Secretary General of the North Atlantic Treaty Organization (NATO), Karin Dahl, spoke."),
		).toEqual([
			"person Karin Dahl (NATO, Secretary General of the North Atlantic Treaty Organization (NATO))",
		]);
	});

	it("reads a title abbreviated in capitals before a name, and alone as a role", () => {
		expect(titled("Talks with Czech FM Petr Dvorak followed.")).toEqual([
			"person Petr Dvorak (CZ, Foreign Minister)",
		]);
		expect(titled("Later the DP flew home.")).toEqual(["role DP"]);
	});

	it("reads an undersecretary or a director with a portfolio of several regions, and an envoy's own country", () => {
		expect(
			titled(
				"He met the undersecretary for North America and Europe, Diego Salazar, and the Peruvian ambassador to Chile, Ana Quispe.",
			),
		).toEqual([
			"person Diego Salazar (?, Undersecretary for North America and Europe)",
			"person Ana Quispe (PE, Ambassador)",
		]);
		expect(titled("The general director for Europe, Rosa Fuentes, spoke.")).toEqual([
			"person Rosa Fuentes (?, Director for Europe)",
		]);
	});

	it("reads a chargé d'affaires, accent or none, and the country of a posting as no country of theirs", () => {
		expect(titled("On Monday the Chilean Charge d'affaires in Peru, R. Fuentes, was summoned.")).toEqual([
			"person R. Fuentes (CL, Charge d'affaires in Peru)",
		]);
		expect(titled("He is in charge of trade with Peru.")).toEqual([]);
	});

	it("reads a name before a title in apposition with its article ('A, the Permanent Secretary for B')", () => {
		expect(titled("Sir Tomas Grey, the Permanent Secretary for Trade, arrived.")).toEqual([
			"person Tomas Grey (?, Permanent Secretary for Trade)",
		]);
	});

	it("reads the long name of a body inside a title, and a co-chair in apposition", () => {
		expect(
			titled("He met Deputy Chairman of the Senate of the Polish National Assembly Marek Nowak to talk."),
		).toEqual(["person Marek Nowak (?, Deputy Chairman of the Senate of the Polish National Assembly)"]);
		expect(
			titled(
				"He met Polish Deputy Prime Minister, co-chair of the Joint Commission on Trade Anna Zielinska to talk.",
			),
		).toEqual([
			"person Anna Zielinska (PL, Deputy Prime Minister, Co-chair of the Joint Commission on Trade)",
		]);
		// No body's name across another title.
		expect(
			titled("US Secretary of State Lena Ode and Japanese Foreign Minister Aki Sato held talks."),
		).toEqual(["person Lena Ode (US, Secretary of State)", "person Aki Sato (JP, Foreign Minister)"]);
	});

	it("reads no party in a body named after its members ('the Cabinet of Ministers of Poland')", () => {
		expect(titled("He held meetings at the Cabinet of Ministers of Poland.")).toEqual([]);
	});
});
