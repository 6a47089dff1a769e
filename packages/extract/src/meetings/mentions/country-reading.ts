import { DELEGATION_LIST_HEADS, DELEGATION_LIST_LINKS } from "../../vocabulary/collectives.js";
import { COUNTRIES_INTRO } from "../../vocabulary/mention-words.js";
import { countryOf, demonymCountry } from "../countries.js";
import type { Token } from "../tokens.js";
import { readName } from "./name-reading.js";

/** A country name of up to four words starting at `index` (not a demonym): its code and the index after it. */
export function countryAt(tokens: Token[], index: number): { code: string; end: number } | undefined {
	// Every slice starts with this token: a country name needs it to be a word.
	if (!tokens[index]?.word) return undefined;
	let run = 0;
	let capital = -1;
	for (let at = index; at < tokens.length && run < 4 && tokens[at]?.word; at++, run++)
		if (capital < 0 && tokens[at]?.capital) capital = run;
	if (capital < 0) return undefined;
	for (let length = run; length > capital; length--) {
		const words = tokens
			.slice(index, index + length)
			.map((token) => token.text)
			.join(" ");
		const code = countryOf(words);
		if (code && !demonymCountry(words)) return { code, end: index + length };
	}
	return undefined;
}

/** The country that qualifies a title from before it: "Japanese", "Kenya's", "the European Union's", "NATO", "US". */
export function qualifierBefore(tokens: Token[], index: number): { code: string; start: number } | undefined {
	let position = index - 1;
	if (tokens[position]?.text.match(/^['’]s$/)) position--;
	for (let length = 1; length <= 4 && position - length + 1 >= 0; length++) {
		const slice = tokens.slice(position - length + 1, position + 1);
		if (!slice.every((token) => token.word)) break;
		const words = slice.map((token) => token.text).join(" ");
		const code = countryOf(words);
		if (code && slice.some((token) => token.capital)) {
			let start = position - length + 1;
			if (tokens[start - 1]?.lower === "the") start--;
			return { code, start };
		}
	}
	// "The UN Secretary-General's Special Envoy": an organisation inside a possessive phrase.
	if (tokens[index - 1]?.text.match(/^['’]s$/)) {
		for (let back = index - 2; back >= Math.max(0, index - 5); back--) {
			const token = tokens[back];
			if (!token?.word) break;
			const code = countryOf(token.text);
			if (code && token.capital) return { code, start: back };
		}
	}
	return undefined;
}

/** "from Laos, Cambodia and Vietnam": country names joined by commas and "and". */
export function splitCountryList(tokens: Token[], index: number): { codes: string[]; end: number } {
	const codes: string[] = [];
	let position = index;
	while (position < tokens.length) {
		if (tokens[position]?.lower === "the") position++;
		const country = countryAt(tokens, position);
		if (!country) break;
		codes.push(country.code);
		position = country.end;
		const next = tokens[position];
		const after = tokens[position + 1];
		if (next?.text === "," && after?.lower === "and") position += 2;
		else if (next?.text === "," || next?.lower === "and") position++;
		else break;
	}
	return { codes, end: position };
}

const LIST_HEADS = new Set<string>(DELEGATION_LIST_HEADS);
const LINKS = new Set<string>(DELEGATION_LIST_LINKS);

/**
 * A plural head linked to a list of two or more countries, each a delegation: "ministers of A, B and C",
 * "diplomats in Tehran representing A and B", "the ministers of five states: the Republic of
 * Korea (ROK), Chile and Kenya" (a parenthesised abbreviation after a country is skipped).
 */
export function enumeratedDelegations(
	tokens: Token[],
	index: number,
): { codes: string[]; names?: Array<[number, number]>; end: number } | undefined {
	if (!LIST_HEADS.has(tokens[index]?.lower ?? "")) return undefined;
	let position = index + 1;
	// "diplomats in Tehran representing ...": a short place phrase between the head and its link.
	for (let skip = 0; skip < 3 && !LINKS.has(tokens[position]?.lower ?? ""); skip++) position++;
	if (!LINKS.has(tokens[position]?.lower ?? "")) return undefined;
	position++;
	// "of both Russia and the Vatican".
	if (tokens[position]?.lower === "both") position++;
	for (let length = 2; length <= 4; length++) {
		const words = tokens
			.slice(position, position + length)
			.map((token) => token.text)
			.join(" ");
		if (COUNTRIES_INTRO.test(words.replace(/\s+:/, ":"))) {
			position += length;
			break;
		}
	}
	const named = countryNameListAt(tokens, position);
	if (named) return named;
	const list = countryListAt(tokens, position);
	return list && list.codes.length >= 2 ? list : undefined;
}

/**
 * "of Estonia, Anna Tamm; Slovenia, Jure Novak; and the UK, Martin Hale": each country with its envoy's name,
 * items separated by semicolons or commas ("from Chile, Rosa Fuentes, and Peru's Diego Salazar"), the link
 * perhaps repeated ("of Chile, A; of Peru, B") and a name perhaps set off by a semicolon ("from Peru; B").
 */
function countryNameListAt(
	tokens: Token[],
	index: number,
): { codes: string[]; names: Array<[number, number]>; end: number } | undefined {
	const codes: string[] = [];
	const names: Array<[number, number]> = [];
	let position = index;
	while (position < tokens.length) {
		if (tokens[position]?.lower === "and") position++;
		// "the presidents of Chile, A; of Peru, B": the link repeated before an item.
		if (codes.length > 0 && (tokens[position]?.lower === "of" || tokens[position]?.lower === "from"))
			position++;
		if (tokens[position]?.lower === "the") position++;
		const country = listedCountryAt(tokens, position);
		const link = tokens[country?.end ?? -1]?.text ?? "";
		if (!country || !(link === "," || link === ";" || link === "'s" || link === "’s")) break;
		const nameEnd = readName(tokens, country.end + 1);
		if (nameEnd - (country.end + 1) < 2) break;
		codes.push(country.code);
		names.push([country.end + 1, nameEnd]);
		position = nameEnd;
		if (tokens[position]?.text !== ";" && tokens[position]?.text !== ",") break;
		position++;
	}
	return codes.length >= 2 ? { codes, names, end: position } : undefined;
}

/** A country in a list: there "the UK" is the country, though "UK" also qualifies nouns elsewhere. */
function listedCountryAt(tokens: Token[], index: number): { code: string; end: number } | undefined {
	const found = countryAt(tokens, index);
	if (found) return found;
	const short = tokens[index];
	const code = short?.allCaps ? countryOf(short.text) : undefined;
	return code ? { code, end: index + 1 } : undefined;
}

/** Countries listed from `index` on ("the Republic of Korea (ROK), France and the UK"); undefined when none. */
export function countryListAt(tokens: Token[], index: number): { codes: string[]; end: number } | undefined {
	let position = index;
	const codes: string[] = [];
	while (position < tokens.length) {
		if (tokens[position]?.lower === "the") position++;
		const country = listedCountryAt(tokens, position);
		if (!country) break;
		codes.push(country.code);
		position = country.end;
		if (tokens[position]?.text === "(" && tokens[position + 2]?.text === ")") position += 3;
		const next = tokens[position];
		const after = tokens[position + 1];
		const continues = next?.text === "," || next?.lower === "and";
		const step = next?.text === "," && after?.lower === "and" ? 2 : 1;
		// A comma that closes the list ("..., and Canada, which ...") is not part of it.
		if (!continues || (!tokens[position + step]?.capital && tokens[position + step]?.lower !== "the")) break;
		position += step;
	}
	return codes.length > 0 ? { codes, end: position } : undefined;
}
