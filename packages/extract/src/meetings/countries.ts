import {
	COUNTRY_CODES,
	countryCodeFromDemonym,
	countryCodeFromName,
	countryNames,
	DEMONYMS,
	ORGANISATIONS,
} from "@sidelines/domain";

/** Everyday English names the ISO data does not carry, and organisations that act as parties. */
const ALIASES: Record<string, string> = {
	britain: "GB",
	"great britain": "GB",
	england: "GB",
	america: "US",
	"the us": "US",
	"u.s.": "US",
	us: "US",
	uk: "GB",
	"u.k.": "GB",
	syria: "SY",
	laos: "LA",
	"lao people's democratic republic": "LA",
	"lao pdr": "LA",
	moldova: "MD",
	"south korea": "KR",
	"north korea": "KP",
	korea: "KR",
	"the netherlands": "NL",
	holland: "NL",
	czechia: "CZ",
	"the vatican": "VA",
	vatican: "VA",
	"holy see": "VA",
	"the philippines": "PH",
	"democratic republic of congo": "CD",
	"democratic republic of the congo": "CD",
	"dr congo": "CD",
	drc: "CD",
	"the emirates": "AE",
	emirati: "AE",
	"ivory coast": "CI",
	"cabo verde": "CV",
	"east timor": "TL",
	"timor leste": "TL",
	brunei: "BN",
	"timor-leste": "TL",
	burma: "MM",
	swaziland: "SZ",
	macedonia: "MK",
	russia: "RU",
	iran: "IR",
	venezuela: "VE",
	bolivia: "BO",
	tanzania: "TZ",
	vietnam: "VN",
	taiwan: "TW",
	"european union": "EU",
	"european commission": "EU",
	"european council": "EU",
	eu: "EU",
	"the bloc": "EU",
	"united nations": "UN",
	un: "UN",
	"u.n.": "UN",
	nato: "NATO",
	asean: "ASEAN",
	"african union": "AFU",
	"african union commission": "AFU",
	"au commission": "AFU",
	g7: "G7",
	g20: "G20",
	"arab league": "ARAB_LEAGUE",
	"gulf cooperation council": "GCC",
	gcc: "GCC",
	osce: "OSCE",
	oecd: "OECD",
	"world health organization": "WHO",
	iaea: "IAEA",
	// "the North Atlantic Treaty Organization (NATO)": every organisation by its full name too.
	...Object.fromEntries(
		Object.entries(ORGANISATIONS).flatMap(([code, name]) =>
			name === code ? [] : [[name.toLowerCase(), code]],
		),
	),
};

/** Demonyms of organisations that act as parties (the domain's table holds countries only). */
const ORGANISATION_DEMONYMS: Record<string, string> = { european: "EU", "european union": "EU" };

/**
 * Resolves a country or organisation as written ("Italy", "the UAE", "Italian", "Cyprus's", "NATO") to its code.
 * @example countryOf("Kenya's"); // "KE"
 */
export function countryOf(text: string): string | undefined {
	// Most capitalised words are names, not countries: the first word settles it without building anything.
	const first = FIRST_WORD.exec(text)?.[1]?.toLowerCase();
	if (first === undefined || !FIRST_WORDS.has(first)) return undefined;
	let known = countries.get(text);
	if (known === undefined) {
		known = readCountry(text) ?? null;
		if (countries.size >= 20_000) countries.clear();
		countries.set(text, known);
	}
	return known ?? undefined;
}

const FIRST_WORD = /^\s*(?:the\s+)?([^\s'’]+)/i;
/** The first word of every name, alias and demonym `countryOf` knows ("south" of "South Korea"). */
const FIRST_WORDS = new Set(
	[
		...COUNTRY_CODES.flatMap((code) => countryNames(code)),
		...Object.keys(ALIASES),
		...Object.keys(DEMONYMS),
		...Object.keys(ORGANISATION_DEMONYMS),
	].map((name) => FIRST_WORD.exec(name)?.[1]?.toLowerCase() ?? ""),
);

/** Mention scanning asks about the same capitalised words again and again. */
const countries = new Map<string, string | null>();

function readCountry(text: string): string | undefined {
	const cleaned = text
		.trim()
		.replace(/(?:['’]s|['’])$/u, "")
		.replace(/\s+/g, " ");
	if (cleaned.length < 2) return undefined;
	const lower = cleaned.toLowerCase();
	const bare = lower.replace(/^the\s+/, "");
	const alias = ALIASES[lower] ?? ALIASES[bare];
	if (alias) return alias;
	if (cleaned.length <= 3 && cleaned !== cleaned.toUpperCase() && !/^[A-Z]/.test(cleaned)) return undefined;
	return countryCodeFromName(cleaned) ?? countryCodeFromDemonym(bare) ?? ORGANISATION_DEMONYMS[bare];
}

/**
 * The country of a demonym only ("Japanese", "South Korean"), not of a country name.
 * @example demonymCountry("Japanese"); // "JP"
 */
export function demonymCountry(text: string): string | undefined {
	const lower = text.trim().toLowerCase();
	return countryCodeFromDemonym(lower) ?? ORGANISATION_DEMONYMS[lower];
}
