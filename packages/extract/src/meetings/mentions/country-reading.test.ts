import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { countryAt, countryListAt, enumeratedDelegations, qualifierBefore } from "./country-reading.js";

describe("country readers", () => {
	it("reads a country name of several words, not a demonym", () => {
		expect(countryAt(tokenize("South Africa hosted"), 0)).toEqual({ code: "ZA", end: 2 });
		expect(countryAt(tokenize("French officials"), 0)).toBeUndefined();
	});

	it("reads the country that qualifies a title from before it", () => {
		const tokens = tokenize("Kenya's foreign minister");
		expect(qualifierBefore(tokens, 2)).toEqual({ code: "KE", start: 0 });
	});

	it("reads a list of countries, skipping a parenthesised abbreviation", () => {
		const tokens = tokenize("the Republic of Korea (ROK), Chile and Peru, which");
		expect(countryListAt(tokens, 0)?.codes).toEqual(["KR", "CL", "PE"]);
	});

	it("reads each country's envoy named in brackets after it, and a country by its formal name", () => {
		const tokens = tokenize(
			"with foreign ministers of the Kyrgyz Republic [Aibek Osmonov] and Chile (Rosa Fuentes).",
		);
		const list = enumeratedDelegations(tokens, 2);
		expect(list?.codes).toEqual(["KG", "CL"]);
		expect(
			list?.names?.map(([from, to]) =>
				tokens
					.slice(from, to)
					.map((token) => token.text)
					.join(" "),
			),
		).toEqual(["Aibek Osmonov", "Rosa Fuentes"]);
	});

	it("reads the countries of an enumerated delegation, or each with its envoy", () => {
		expect(enumeratedDelegations(tokenize("the ambassadors of Chile, Peru and Ghana"), 1)?.codes).toEqual([
			"CL",
			"PE",
			"GH",
		]);
		const named = enumeratedDelegations(
			tokenize("envoys of Chile, Rosa Fuentes; and Peru, Diego Salazar"),
			0,
		);
		expect(named?.codes).toEqual(["CL", "PE"]);
		expect(named?.names).toHaveLength(2);
	});
});
