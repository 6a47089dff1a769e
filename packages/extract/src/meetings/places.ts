import type { Place } from "@sidelines/domain";
import { countryOf, demonymCountry } from "./countries.js";
import { capitalOf, knownPlace, regionCountry } from "./gazetteer.js";

/** A place phrase found in text. */
export interface PlacePhrase {
	start: number;
	end: number;
	place: Place;
	/** "The Geneva summit": the city names a gathering, so it places the meeting that gathering was. */
	gathering?: true;
}

const WORDS =
	"[\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:[\\s-](?:de|del|da|do|es|el|la|of)?\\s?[\\p{Lu}][\\p{L}\\p{M}'’.-]*){0,3}";
const IN_PLACE = new RegExp(`\\b(?:[Ii]n)\\s+(?:the\\s+)?(${WORDS})(?:,\\s+(?:the\\s+)?(${WORDS}))?`, "gu");
const MOTION = new RegExp(
	`\\b(?:travel|travel(?:l)?ed|travels|travel(?:l)?ing|flew|flies|went|visited|visits|visiting|visit\\s+to|trip\\s+to|tour\\s+of)\\s+(?:to\\s+)?(?:the\\s+)?(${WORDS})`,
	"gu",
);
/** "at the State Department, Washington DC", "at the Palace of Nations, Geneva": a venue, then its city. */
const VENUE_CITY = new RegExp(
	`\\b(?:[Aa]t|[Ii]n)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:of\\s+(?:the\\s+)?)?){0,4}\\p{Lu}[\\p{L}'’-]*,\\s+(${WORDS})`,
	"gu",
);
/** "welcomed X to Dublin", "hosted X in ...": the place a host welcomes a guest to. */
const WELCOME_TO = new RegExp(
	`\\b(?:welcom(?:ed|es|ing)|receiv(?:ed|es|ing))\\b[^.;:]{0,120}?\\b(to\\s+(?:the\\s+)?(${WORDS}))`,
	"gu",
);
const DEMONYM_PLACE =
	/\b(?:the|an?)\s+([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+(island|city|town|capital|resort|port|village)\s+of\s+([\p{Lu}][\p{L}\p{M}-]*(?:\s+[\p{Lu}][\p{L}\p{M}-]*)?)/gu;
const TOPIC_BEFORE =
	/\b(?:conflict|conflicts|war|wars|crisis|situation|fighting|violence|ceasefire|tensions|unrest|hostilities|invasion|attacks)\s+$/i;
/**
 * "in Myanmar's capital", "in the Lebanese capital", "in the Lao People's Democratic Republic's capital", "in the
 * capital" (of the country the text is in).
 */
const CAPITAL =
	/\b(?:[Ii]n|[Aa]t|[Tt]o)\s+(?:the\s+)?(?:([\p{Lu}][\p{L}]+(?:(?:['’]s)?\s+[\p{Lu}][\p{L}]+){0,3})(['’]s)?\s+)?(?:national\s+)?capital\b(?!\s+(?:markets?|city|cities|punishment|gains?|flows?|investments?|expenditure|spending)\b)/gu;
/** "The Geneva summit", "the Helsinki talks": a gathering named after its city. */
const CITY_GATHERING = /\b[Tt]he\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:summit|talks|meeting)\b/gu;
const LANDMARKS: Array<[RegExp, Place]> = [
	[/\bWhite House\b|\bOval Office\b/, { city: "Washington", country: "US" }],
	[/\bCamp David\b/, { city: "Camp David", country: "US" }],
	[/\bKremlin\b/, { city: "Moscow", country: "RU" }],
	[/\bDowning Street\b/, { city: "London", country: "GB" }],
	[/\bÉlysée|\bElysee\b/, { city: "Paris", country: "FR" }],
	[/\bQuai d['’]Orsay\b/, { city: "Paris", country: "FR" }],
	[/\bKantei\b/, { city: "Tokyo", country: "JP" }],
	[/\bZhongnanhai\b|\bGreat Hall of the People\b/, { city: "Beijing", country: "CN" }],
	[/\bFarnesina\b/, { city: "Rome", country: "IT" }],
	[/\bBlue House\b/, { city: "Seoul", country: "KR" }],
];

function resolve(name: string, region: string | undefined): Place | undefined {
	const words = name.trim();
	if (region) {
		const country = regionCountry(region);
		if (country) {
			const asCountry = countryOf(words);
			if (asCountry && /^[A-Z]{2}$/.test(asCountry)) return { country: asCountry };
			return { city: words, country };
		}
	}
	const known = knownPlace(words);
	if (known) return known.city ? { city: known.name, country: known.country } : { country: known.country };
	const country = countryOf(words);
	if (country && /^[A-Z]{2}$/.test(country) && !demonymCountry(words)) return { country };
	return undefined;
}

/** "Washington DC", "Dublin with": the longest leading run of words that names a place. */
function leadingPlace(name: string): { words: string; place: Place } | undefined {
	const words = name.replace(/\.$/, "").split(/\s+/);
	for (let count = words.length; count >= 1; count--) {
		const candidate = words.slice(0, count).join(" ");
		const place = resolve(candidate, undefined);
		if (place) return { words: candidate, place };
	}
	return undefined;
}

/**
 * Finds places: "in Matera, Italy", "in Woodside, California", "in Tokyo" (known cities), "in Italy"
 * (country only), "on the Indonesian island of Bali", "at the White House", "in Myanmar's capital", and "in the
 * capital" when the country the text is in is known.
 * @example findPlaces("met in Matera, Italy")[0]?.place; // { city: "Matera", country: "IT" }
 */
export function findPlaces(text: string, contextCountry?: string): PlacePhrase[] {
	const found: PlacePhrase[] = [];
	const add = (start: number, end: number, place: Place) => {
		if (!found.some((other) => start < other.end && other.start < end)) found.push({ start, end, place });
	};
	CAPITAL.lastIndex = 0;
	for (let match = CAPITAL.exec(text); match; match = CAPITAL.exec(text)) {
		const named = match[1];
		const definite = /^\S+\s+the\s/i.test(match[0]);
		const country = named
			? match[2]
				? countryOf(named)
				: definite
					? (demonymCountry(named) ?? countryOf(named))
					: undefined
			: definite
				? contextCountry
				: undefined;
		if (!country || !/^[A-Z]{2}$/.test(country)) continue;
		const capital = capitalOf(country);
		add(match.index, match.index + match[0].length, capital ? { city: capital.name, country } : { country });
	}
	DEMONYM_PLACE.lastIndex = 0;
	for (let match = DEMONYM_PLACE.exec(text); match; match = DEMONYM_PLACE.exec(text)) {
		const country = demonymCountry(match[1] ?? "");
		if (!country) continue;
		const kind = match[2] ?? "";
		const named = knownPlace(match[3] ?? "");
		const city = kind === "island" || named?.city === false ? undefined : match[3];
		add(match.index, match.index + match[0].length, city ? { city, country } : { country });
	}
	MOTION.lastIndex = 0;
	for (let match = MOTION.exec(text); match; match = MOTION.exec(text)) {
		const name = (match[1] ?? "").replace(/\.$/, "");
		const place = resolve(name, undefined);
		if (place) add(match.index, match.index + match[0].length, place);
	}
	WELCOME_TO.lastIndex = 0;
	for (let match = WELCOME_TO.exec(text); match; match = WELCOME_TO.exec(text)) {
		const start = match.index + match[0].length - (match[1] ?? "").length;
		const lead = leadingPlace(match[2] ?? "");
		if (lead) add(start, start + (match[1] ?? "").indexOf(lead.words) + lead.words.length, lead.place);
	}
	IN_PLACE.lastIndex = 0;
	for (let match = IN_PLACE.exec(text); match; match = IN_PLACE.exec(text)) {
		// "the conflict in Yemen", "the situation in Gaza": a topic's place, not the meeting's.
		if (TOPIC_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
		const name = (match[1] ?? "").replace(/\.$/, "");
		const region = match[2]?.replace(/\.$/, "");
		let place = resolve(name, region);
		let length = match[0].length;
		if (!place && region) {
			place = resolve(name, undefined);
			length = match[0].indexOf(",");
		}
		if (!place) {
			// "in Kuwait City on Monday": try the longest leading run of words that names a place.
			const words = name.split(/\s+/);
			for (let count = words.length - 1; count >= 1 && !place; count--) {
				const candidate = words.slice(0, count).join(" ");
				place = resolve(candidate, undefined);
				if (place) length = match[0].indexOf(candidate) + candidate.length;
			}
		}
		if (place) add(match.index, match.index + Math.max(length, 1), place);
	}
	VENUE_CITY.lastIndex = 0;
	for (let match = VENUE_CITY.exec(text); match; match = VENUE_CITY.exec(text)) {
		const lead = leadingPlace(match[1] ?? "");
		if (lead?.place.city)
			add(
				match.index,
				match.index + match[0].length - (match[1] ?? "").length + lead.words.length,
				lead.place,
			);
	}
	CITY_GATHERING.lastIndex = 0;
	for (let match = CITY_GATHERING.exec(text); match; match = CITY_GATHERING.exec(text)) {
		const known = knownPlace(match[1] ?? "");
		if (known?.city) {
			const start = match.index;
			const end = start + match[0].length;
			if (!found.some((other) => start < other.end && other.start < end))
				found.push({ start, end, place: { city: known.name, country: known.country }, gathering: true });
		}
	}
	for (const [pattern, place] of LANDMARKS) {
		const match = pattern.exec(text);
		// Only "at the White House" or "welcomed X to the Élysée": "the White House said" names a speaker, not a place.
		if (
			match &&
			/\b(?:at|in|inside|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, match.index - 12), match.index))
		) {
			add(match.index, match.index + match[0].length, place);
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
