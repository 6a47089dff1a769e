import { describe, expect, it } from "vitest";
import { readCountryParties, readEnumeratedDelegations } from "./delegations.js";
import { scanOf, shown } from "./test-scan.js";

describe("delegation readers", () => {
	it("gives one delegation per country of an enumerated list", () => {
		const scan = scanOf("The minister summoned the ambassadors of Chile, Peru and Ghana.");
		readEnumeratedDelegations(scan);
		expect(shown(scan)).toEqual(["delegation CL", "delegation PE", "delegation GH"]);
	});

	it("gives the envoys by name when the list names them", () => {
		const scan = scanOf("She received the ambassadors of Chile, Rosa Fuentes; and Peru, Diego Salazar.");
		readEnumeratedDelegations(scan);
		expect(shown(scan)).toEqual([
			"person Rosa Fuentes (CL, Ambassador)",
			"person Diego Salazar (PE, Ambassador)",
		]);
	});

	it("reads countries that open the sentence or follow 'between' as parties", () => {
		const opening = scanOf("Chile and Peru held talks on Monday.");
		readCountryParties(opening);
		expect(shown(opening)).toEqual(["delegation CL", "delegation PE"]);
		const between = scanOf("A meeting between Chile, Peru and Ghana took place.");
		readCountryParties(between);
		expect(shown(between)).toEqual(["delegation CL", "delegation PE", "delegation GH"]);
	});

	it("leaves a country that qualifies a title to the title reader", () => {
		const scan = scanOf("Chile Foreign Minister Rosa Fuentes met the press.");
		readCountryParties(scan);
		expect(shown(scan)).toEqual([]);
	});

	it("describes enumerated delegations by their office with its modifiers", () => {
		const scan = scanOf("He met the top diplomats of Chile and Peru.");
		readEnumeratedDelegations(scan);
		expect(scan.mentions.map((mention) => mention.kind === "delegation" && mention.description)).toEqual([
			"top diplomats",
			"top diplomats",
		]);
	});

	it("gives the leaders by name when the link is repeated or a name is set off by a semicolon", () => {
		const scan = scanOf(
			"He spoke with the presidents of Chile, Rosa Fuentes; of Peru, Diego Salazar; and from Ghana; Kofi Mensah.",
		);
		readEnumeratedDelegations(scan);
		expect(shown(scan)).toEqual([
			"person Rosa Fuentes (CL, President)",
			"person Diego Salazar (PE, President)",
			"person Kofi Mensah (GH, President)",
		]);
	});
});
