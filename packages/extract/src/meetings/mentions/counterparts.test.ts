import { describe, expect, it } from "vitest";
import { readCounterparts } from "./counterparts.js";
import { scanOf, shown } from "./test-scan.js";

const counterparts = (sentence: string) => {
	const scan = scanOf(sentence);
	readCounterparts(scan);
	return shown(scan);
};

describe("readCounterparts", () => {
	it("reads a counterpart named after the word, of the demonym's country", () => {
		expect(counterparts("She met her Peruvian counterpart Diego Salazar.")).toEqual([
			"person Diego Salazar (PE, -)",
		]);
	});

	it("gives each demonym its name, in order", () => {
		expect(
			counterparts("He met his Chilean and Peruvian counterparts, Rosa Fuentes and Diego Salazar."),
		).toEqual(["person Rosa Fuentes (CL, -)", "person Diego Salazar (PE, -)"]);
	});

	it("reads the one counterpart of a country named after a comma, and a list of countries as delegations", () => {
		expect(
			counterparts("He met his counterpart from Bosnia and Herzegovina, Amra Begic, on Monday."),
		).toEqual(["person Amra Begic (BA, -)"]);
		expect(counterparts("He met his counterparts from Chile, Peru and Ghana.")).toEqual([
			"delegation CL",
			"delegation PE",
			"delegation GH",
		]);
	});

	it("reads delegations from a list or a demonym", () => {
		expect(counterparts("She met counterparts from Chile, Peru and Ghana.")).toEqual([
			"delegation CL",
			"delegation PE",
			"delegation GH",
		]);
		expect(counterparts("He received the Ghanaian delegation.")).toEqual(["delegation GH"]);
	});

	it("reads no party in the side of a place", () => {
		expect(counterparts("They stood on the Chilean side of the border.")).toEqual([]);
	});
});
