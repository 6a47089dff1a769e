import { describe, expect, it } from "vitest";
import {
	CountryCode,
	countryCodeFromDemonym,
	countryCodeFromName,
	countryName,
	isCountryCode,
	PartyCountry,
} from "./countries.js";
import { isOrganisationCode } from "./organisations.js";

describe("countries", () => {
	it("reads demonyms as news writes them", () => {
		expect(countryCodeFromDemonym("Japanese")).toBe("JP");
		expect(countryCodeFromDemonym("French")).toBe("FR");
		expect(countryCodeFromDemonym(" British ")).toBe("GB");
		expect(countryCodeFromDemonym("Martian")).toBeUndefined();
	});

	it("reads country names with or without 'the'", () => {
		expect(countryCodeFromName("the United Kingdom")).toBe("GB");
		expect(countryCodeFromName("Italy")).toBe("IT");
		expect(countryCodeFromName("The Netherlands")).toBe("NL");
		expect(countryCodeFromName("United States")).toBe("US");
		expect(countryCodeFromName("Atlantis")).toBeUndefined();
	});

	it("names countries the way readers know them", () => {
		expect(countryName("JP")).toBe("Japan");
		expect(countryName("US")).toBe("United States");
		expect(countryName("GB")).toBe("United Kingdom");
		expect(countryName("KR")).toBe("South Korea");
		expect(countryName("NL")).toBe("Netherlands");
		expect(countryName("CD")).not.toBe(countryName("CG"));
		expect(countryName("G20")).toBe("Group of Twenty");
		expect(countryName("XX")).toBeUndefined();
	});

	it("knows ISO codes and organisation codes apart", () => {
		expect(isCountryCode("GB")).toBe(true);
		expect(isCountryCode("UK")).toBe(false);
		expect(isCountryCode("jp")).toBe(false);
		expect(isOrganisationCode("G20")).toBe(true);
		expect(isOrganisationCode("AU")).toBe(false);
		expect(isOrganisationCode("toString")).toBe(false);
		expect(CountryCode.safeParse("EU").success).toBe(false);
		expect(PartyCountry.safeParse("EU").success).toBe(true);
	});
});
