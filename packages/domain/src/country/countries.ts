import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { z } from "zod";
import { DEMONYMS } from "./demonyms.js";
import { isOrganisationCode, ORGANISATIONS, type OrganisationCode } from "./organisations.js";

const namesByCode = english.countries as Record<string, string | string[]>;

/**
 * Whether `code` is an ISO 3166-1 alpha-2 code (upper case), per the i18n-iso-countries data.
 * @example isCountryCode("JP"); // true
 */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && Object.hasOwn(namesByCode, code);
}

// Where the data's last alias is not the name news readers know ("U.S.", "Great Britain", two "Congo"s).
const SHORT_NAMES: Readonly<Record<string, string>> = {
	CD: "Democratic Republic of the Congo",
	CG: "Republic of the Congo",
	FM: "Micronesia",
	GB: "United Kingdom",
	KR: "South Korea",
	LA: "Laos",
	MD: "Moldova",
	NL: "Netherlands",
	SY: "Syria",
	US: "United States",
	VA: "Vatican City",
};

/**
 * The English short name of a country or organisation code.
 * @example countryName("IT"); // "Italy"
 */
export function countryName(code: string): string | undefined {
	if (isOrganisationCode(code)) return ORGANISATIONS[code];
	if (Object.hasOwn(SHORT_NAMES, code)) return SHORT_NAMES[code];
	const names = namesByCode[code];
	if (names === undefined) return undefined;
	return Array.isArray(names) ? (names.at(-1) ?? names[0]) : names;
}

/**
 * Every English name the data knows for a country code (official and common forms).
 * @example countryNames("GB"); // ["United Kingdom", "UK", "Great Britain"]
 */
export function countryNames(code: string): string[] {
	const names = namesByCode[code];
	if (names === undefined) return [];
	return Array.isArray(names) ? [...names] : [names];
}

/**
 * All ISO 3166-1 alpha-2 codes known to the data, sorted.
 * @example COUNTRY_CODES.includes("JP"); // true
 */
export const COUNTRY_CODES: readonly string[] = Object.keys(namesByCode).sort();

const codeByLowerName = new Map<string, string>();
for (const code of COUNTRY_CODES) {
	for (const name of countryNames(code)) codeByLowerName.set(name.toLowerCase(), code);
}

/**
 * Resolves a country's English name (official or common) to its code.
 * @example countryCodeFromName("the United Kingdom"); // "GB"
 */
export function countryCodeFromName(name: string): string | undefined {
	const key = name
		.trim()
		.toLowerCase()
		.replace(/^the\s+/, "");
	return codeByLowerName.get(key) ?? codeByLowerName.get(`the ${key}`);
}

/**
 * Resolves an adjective of nationality to a country code.
 * @example countryCodeFromDemonym("Japanese"); // "JP"
 */
export function countryCodeFromDemonym(demonym: string): string | undefined {
	return DEMONYMS[demonym.trim().toLowerCase()];
}

/**
 * ISO 3166-1 alpha-2 country code such as `JP`.
 * @example
 * CountryCode.parse("JP"); // "JP"
 * CountryCode.safeParse("jp").success; // false: codes are upper case
 */
export const CountryCode = z
	.string({ error: "a country is a two-letter ISO 3166-1 code such as JP" })
	.refine(isCountryCode, {
		error: (issue) =>
			`unknown country code ${JSON.stringify(issue.input)}; use ISO 3166-1 alpha-2 such as JP`,
	});
export type CountryCode = z.infer<typeof CountryCode>;

/**
 * A country code or a known organisation code (EU, UN, G20, ...): who a delegation represents.
 * @example
 * PartyCountry.parse("EU"); // "EU"
 * PartyCountry.safeParse("XX").success; // false
 */
export const PartyCountry = z
	.string({ error: "expected a country code such as JP or an organisation code such as EU" })
	.refine((code) => isCountryCode(code) || isOrganisationCode(code), {
		error: (issue) => `unknown country or organisation code ${JSON.stringify(issue.input)}`,
	});
export type PartyCountry = CountryCode | OrganisationCode;
