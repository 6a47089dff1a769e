import { PARTICLES } from "../names.js";
import { fullTitles, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from "../titles.js";
import type { Token } from "../tokens.js";
import { countryAt } from "./country-reading.js";
import { readName } from "./name-reading.js";

/** A title read from the tokens: "Foreign Minister", "Ambassador of Chile", "foreign ministers of A and B". */
export interface TitleSpan {
	start: number;
	/** Index after the title's last token. */
	end: number;
	text: string;
	head: string;
	/** Countries named inside the title ("Ambassador of Chile", "foreign ministers of Burundi and Uganda"). */
	countries: string[];
	plural: boolean;
}

/** Reads a title starting at `index`: modifiers and a head, then "of"/"for"/"to" portfolios and countries. */
export function readTitle(tokens: Token[], index: number): TitleSpan | undefined {
	let position = index;
	let last = -1;
	let head = "";
	const countries: string[] = [];
	let afterConnector = "";
	while (position < tokens.length) {
		const token = tokens[position];
		if (!token) break;
		const lower = token.lower;
		// "Turkish FM A", "the DP": an abbreviated title is a whole title of its own.
		if (last < 0 && fullTitles(token)) {
			head = lower;
			last = position;
			break;
		}
		const isVocabulary =
			TITLE_HEADS.has(lower) ||
			TITLE_MODIFIERS.has(lower) ||
			(afterConnector !== "" && PORTFOLIO_WORDS.has(lower));
		if (
			isVocabulary &&
			token.word &&
			!(lower === "state" && last < 0) &&
			!(lower === "general" && last < 0)
		) {
			if (TITLE_HEADS.has(lower)) head = lower;
			last = position;
			position++;
			continue;
		}
		if (
			(afterConnector === "of" ||
				afterConnector === "to" ||
				(afterConnector === "and" && countries.length > 0)) &&
			last >= 0
		) {
			const country = countryAt(tokens, position);
			if (country) {
				countries.push(country.code);
				// "of the North Atlantic Treaty Organization (NATO), A": the acronym in brackets is the same body.
				const bracketed =
					tokens[country.end]?.text === "(" &&
					tokens[country.end + 1]?.allCaps &&
					tokens[country.end + 2]?.text === ")";
				last = bracketed ? country.end + 2 : country.end - 1;
				position = last + 1;
				afterConnector = "";
				continue;
			}
		}
		// "Deputy Chairman of the Senate of the National Assembly A B": a body's name, then the person's.
		const afterOf =
			tokens[position - 1]?.lower === "of" ||
			(tokens[position - 1]?.lower === "the" && tokens[position - 2]?.lower === "of");
		if (afterConnector === "of" && afterOf && last >= 0 && token.capital) {
			const body = bodyEnd(tokens, position);
			if (body > position) {
				last = body - 1;
				position = body;
				break;
			}
		}
		// "Special Envoy for Iran Robert Malley", "Assistant Secretary of State for Africa, Molly Phee", "Minister in
		// the Presidency, A": a region or a capitalised portfolio after "for"/"in the" belongs to the title.
		const opensPortfolio =
			(afterConnector === "for" && tokens[position - 1]?.lower === "for") ||
			(afterConnector === "in" && tokens[position - 1]?.lower === "the");
		if (opensPortfolio && last >= 0 && token.capital) {
			const portfolio = portfolioEnd(tokens, position);
			if (portfolio > position) {
				last = portfolio - 1;
				position = portfolio;
				afterConnector = "";
				continue;
			}
		}
		// "the Chilean chargé d'affaires in Peru, A": the country of the posting is not the envoy's own.
		const posting =
			lower === "in" && head && last === position - 1 ? countryAt(tokens, position + 1) : undefined;
		if (posting && tokens[posting.end]?.text === ",") {
			last = posting.end - 1;
			position = posting.end;
			continue;
		}
		if (lower === "in" && head && last === position - 1 && tokens[position + 1]?.lower === "the") {
			afterConnector = "in";
			position += 2;
			continue;
		}
		if (lower === "and" && head) {
			// "the envoy and the foreign ministers of ...": "and" joins a portfolio, never a second title.
			const following = tokens.slice(position + 1, position + 6);
			if (following[0]?.lower === "the" || following.some((other) => TITLE_HEADS.has(other.lower))) break;
		}
		if (last >= 0 && head && ["of", "for", "to", "and", "the", ","].includes(lower)) {
			afterConnector = lower === "the" || lower === "," ? afterConnector || lower : lower;
			position++;
			continue;
		}
		break;
	}
	if (last < 0 || !head) return undefined;
	const first = tokens[index];
	const end = tokens[last];
	if (!first || !end) return undefined;
	return {
		start: index,
		end: last + 1,
		text: tokens
			.slice(index, last + 1)
			.map((token) => fullTitles(token)?.[0] ?? token.text)
			.join(" ")
			.replace(/\s+,/g, ",")
			.replace(/\( (\S+) \)/g, "($1)"),
		head,
		countries,
		plural: /s$/.test(head) && head !== "affairs",
	};
}

/**
 * Where the name of a body after "of (the)" ends when a person's name of two words follows it with nothing
 * between ("of the Senate of the National Assembly Anna Nowak to discuss"): the index of the name's first word, or
 * `index` when the words do not read so.
 */
function bodyEnd(tokens: Token[], index: number): number {
	let end = index;
	while (
		tokens[end]?.capital ||
		(BODY_LINKS.has(tokens[end]?.lower ?? "") &&
			end > index &&
			(tokens[end + 1]?.capital || (tokens[end + 1]?.lower === "the" && tokens[end + 2]?.capital))) ||
		(tokens[end]?.lower === "the" && BODY_LINKS.has(tokens[end - 1]?.lower ?? "") && tokens[end + 1]?.capital)
	)
		end++;
	const next = tokens[end];
	const closes =
		!next || (!next.capital && !PARTICLES.has(next.lower) && next.text !== "'s" && next.text !== "’s");
	const name = end - 2;
	if (!closes || name - index < 2 || !tokens[name]?.capital || !tokens[name + 1]?.capital) return index;
	if (BODY_LINKS.has(tokens[name - 1]?.lower ?? "") || tokens[name - 1]?.lower === "the") return index;
	// "of State A B and Japanese Foreign Minister C D": another title inside is no body's name.
	if (tokens.slice(index, name).some((token) => TITLE_HEADS.has(token.lower))) return index;
	return name;
}

const BODY_LINKS = new Set(["of", "on", "for", "and"]);

/**
 * Where a portfolio after "for"/"in the" ends: a run of capitalised words (with "and" or "and the") closed by a
 * comma ("for Latin America and the Caribbean, A", "for Trade and Industry, A"), or a country or region right before a name ("for Iran A B").
 */
function portfolioEnd(tokens: Token[], index: number): number {
	let end = index;
	while (
		tokens[end]?.capital ||
		(tokens[end]?.lower === "and" && tokens[end + 1]?.lower === "the" && tokens[end + 2]?.capital) ||
		(tokens[end]?.lower === "and" && tokens[end + 1]?.capital && end > index) ||
		(tokens[end]?.lower === "the" && tokens[end + 1]?.capital && end > index)
	)
		end++;
	if (end - index <= 5 && tokens[end]?.text === ",") return end;
	const country = countryAt(tokens, index);
	if (country && readName(tokens, country.end) - country.end >= 2) return country.end;
	return index;
}
