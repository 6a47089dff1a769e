import { DELEGATION_LIST_HEADS, DELEGATION_LIST_LINKS } from "../vocabulary/collectives.js";
import { HONORIFICS, NOT_NAME_WORDS, ORGANISATION_WORDS, SITE_WORDS } from "../vocabulary/not-names.js";
import { countryOf, demonymCountry } from "./countries.js";
import { MONTHS, WEEKDAYS } from "./dates.js";
import { knownPlace } from "./gazetteer.js";
import { PARTICLES } from "./names.js";
import type { PeopleBook, PersonRef } from "./people.js";
import { displayRole, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from "./titles.js";
import { type Token, tokenize } from "./tokens.js";

/** Something in a sentence that can be a party to a meeting. */
export type Mention =
	| { kind: "person"; start: number; end: number; person: PersonRef }
	/** Capitalised words that may be a name nobody has introduced with a title; the caller decides. */
	| { kind: "bare"; start: number; end: number; printed: string }
	| { kind: "delegation"; start: number; end: number; country: string; description: string }
	/** "the two ministers", "they", "their", "the pair": the parties of the meeting last reported. */
	| { kind: "group"; start: number; end: number; size?: number }
	/** "he", "she": the person the text is following. */
	| { kind: "pronoun"; start: number; end: number }
	/** A titled person without a name: "the envoy", "the Iraqi minister", "Tonga's prime minister". */
	| {
			kind: "role";
			start: number;
			end: number;
			head: string;
			country?: string;
			title: string;
			/** "the visiting minister": the guest, not the host. */
			visiting?: boolean;
	  };

/** Words after which the capitalised words before them name a site or an organisation, not a person. */
const HONORIFIC_WORDS = new Set(HONORIFICS);
const SITES = new Set(
	[...SITE_WORDS, ...ORGANISATION_WORDS].filter((word) => word !== "news" && word !== "press"),
);
const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS, ...NOT_NAME_WORDS, ...SITE_WORDS]);
const GROUP_PHRASES =
	/\b(?:the\s+(?:two|three|four)\s+(?:ministers|leaders|presidents|prime\s+ministers|sides|men|women|officials|diplomats|counterparts|foreign\s+ministers|delegations)|both\s+(?:ministers|leaders|sides|men|women)|the\s+(?:ministers|leaders|pair|presidents)|the\s+two(?!\s+(?:countries|nations|governments|states))\b)|\b(?:they|them|their)\b/gi;
const SIZE_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, both: 2, pair: 2 };
const COLLECTIVE_HEADS =
	/^(?:delegation|delegations|side|officials|counterparts?|team|ministers|government)$/i;

interface TitleSpan {
	start: number;
	/** Index after the title's last token. */
	end: number;
	text: string;
	head: string;
	/** Countries named inside the title ("Ambassador of Chile", "foreign ministers of Burundi and Uganda"). */
	countries: string[];
	plural: boolean;
}

function countryAt(tokens: Token[], index: number): { code: string; end: number } | undefined {
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

function readTitle(tokens: Token[], index: number): TitleSpan | undefined {
	let position = index;
	let last = -1;
	let head = "";
	const countries: string[] = [];
	let afterConnector = "";
	while (position < tokens.length) {
		const token = tokens[position];
		if (!token) break;
		const lower = token.lower;
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
				last = country.end - 1;
				position = country.end;
				afterConnector = "";
				continue;
			}
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
			.map((token) => token.text)
			.join(" ")
			.replace(/\s+,/g, ","),
		head,
		countries,
		plural: /s$/.test(head) && head !== "affairs",
	};
}

/** "al-Harbi", "el-Sayed", "bin-Zayed": a lower-case particle joined to a capitalised family name. */
const JOINED_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ben|bin|abu|ibn|d|o)[-'’]\p{Lu}/u;

function isNameToken(token: Token | undefined): boolean {
	if (token?.word && JOINED_PARTICLE.test(token.text)) return true;
	if (!token?.word || !token.capital) return false;
	if (NOT_NAMES.has(token.lower)) return false;
	return !/^\d/.test(token.text);
}

/** Reads a personal name starting at `index`: capitalised words, particles inside, up to five words. */
function readName(tokens: Token[], index: number): number {
	let position = index;
	let words = 0;
	while (position < tokens.length && words < 5) {
		const token = tokens[position];
		// "Enrique A Manalo", "Antony J. Blinken": a middle initial, with or without its full stop.
		if (words > 0 && token?.text.length === 1 && /\p{Lu}/u.test(token.text)) {
			const after = tokens[position + 1]?.text === "." ? position + 2 : position + 1;
			if (isNameToken(tokens[after])) {
				position = after;
				continue;
			}
		}
		if (isNameToken(token)) {
			words++;
			position++;
			continue;
		}
		// "van der Berg", "da Silva", "bin Abdullah": a run of particles before a capitalised word.
		if (token && PARTICLES.has(token.lower) && words > 0) {
			let after = position + 1;
			while (after < tokens.length && after - position < 3 && PARTICLES.has(tokens[after]?.lower ?? ""))
				after++;
			if (isNameToken(tokens[after])) {
				position = after;
				continue;
			}
		}
		break;
	}
	return position;
}

/** The country that qualifies a title from before it: "Japanese", "Kenya's", "the European Union's", "NATO", "US". */
function qualifierBefore(tokens: Token[], index: number): { code: string; start: number } | undefined {
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

function splitCountryList(tokens: Token[], index: number): { codes: string[]; end: number } {
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
 * "diplomats in Tehran representing A and B", "the Foreign Ministers of seven countries: the Republic of
 * Korea (ROK), France and Italy" (a parenthesised abbreviation after a country is skipped).
 */
function enumeratedDelegations(
	tokens: Token[],
	index: number,
): { codes: string[]; names?: Array<[number, number]>; end: number } | undefined {
	if (!LIST_HEADS.has(tokens[index]?.lower ?? "")) return undefined;
	let position = index + 1;
	// "diplomats in Tehran representing ...": a short place phrase between the head and its link.
	for (let skip = 0; skip < 3 && !LINKS.has(tokens[position]?.lower ?? ""); skip++) position++;
	if (!LINKS.has(tokens[position]?.lower ?? "")) return undefined;
	position++;
	// "of seven countries:" / "of the following countries:" before the list.
	const intro = /^(?:(?:the\s+following|\w+)\s+)?countries\s*:$/i;
	// "of both Russia and the Vatican".
	if (tokens[position]?.lower === "both") position++;
	for (let length = 2; length <= 4; length++) {
		const words = tokens
			.slice(position, position + length)
			.map((token) => token.text)
			.join(" ");
		if (intro.test(words.replace(/\s+:/, ":"))) {
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
 * items separated by semicolons or commas ("from Chile, Rosa Fuentes, and Peru's Diego Salazar").
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
		if (tokens[position]?.lower === "the") position++;
		const country = listedCountryAt(tokens, position);
		const link = tokens[country?.end ?? -1]?.text ?? "";
		if (!country || !(link === "," || link === "'s" || link === "’s")) break;
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
function countryListAt(tokens: Token[], index: number): { codes: string[]; end: number } | undefined {
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

/**
 * Finds the possible parties in a sentence: titled people ("US Secretary of State Antony Blinken"), people
 * with a title after the name ("Penny Wong, Australia's foreign minister"), counterparts, delegations and
 * countries ("counterparts from Saudi Arabia, the UAE and Brazil"), back-references to people already met,
 * groups ("the two ministers") and pronouns. Offsets are relative to the sentence.
 */
export function findMentions(sentence: string, book: PeopleBook): Mention[] {
	const tokens = tokenize(sentence);
	const mentions: Mention[] = [];
	const claimed = new Array<boolean>(tokens.length).fill(false);
	const claim = (from: number, to: number) => {
		for (let index = from; index < to; index++) claimed[index] = true;
	};
	const span = (from: number, to: number) => ({
		start: tokens[from]?.start ?? 0,
		end: tokens[to - 1]?.end ?? 0,
	});
	const addPerson = (from: number, to: number, given: { country?: string; title?: string }) => {
		if (SITES.has(tokens[to]?.lower ?? "")) return false;
		// "Tomas Berg of Sweden": a country right after the name.
		const of = tokens[to]?.lower === "of" ? countryAt(tokens, to + 1) : undefined;
		const hints = of && !given.country ? { ...given, country: of.code } : given;
		const printed = sentence.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0).replace(/\s+/g, " ");
		// "President Trump": a single word right after a title is a person, though the text never names them in full.
		const person =
			to - from >= 2 || (given.title !== undefined && (tokens[from]?.text.length ?? 0) >= 2)
				? book.resolveName(printed, hints)
				: book.resolveToken(printed);
		if (!person) return false;
		if (to - from < 2 && (hints.country || hints.title)) {
			if (hints.country && !person.country) person.country = hints.country;
			if (hints.title && !person.title) person.title = hints.title;
		}
		book.touch(person);
		mentions.push({ kind: "person", ...span(from, to), person });
		claim(from, to);
		return true;
	};

	// Known diplomats written in their own script.
	for (const native of book.nativeMentions(sentence)) {
		mentions.push({ kind: "person", ...native });
		tokens.forEach((token, index) => {
			if (token.start < native.end && native.start < token.end) claimed[index] = true;
		});
	}

	// Enumerated delegations: "the ambassadors of Estonia, France and Canada", "diplomats in Tehran representing A and B".
	for (let index = 0; index < tokens.length; index++) {
		const list = enumeratedDelegations(tokens, index);
		if (!list) continue;
		// "the Foreign Ministers of ...": the head's modifiers belong to it.
		let from = index;
		while (from > 0 && TITLE_MODIFIERS.has(tokens[from - 1]?.lower ?? "")) from--;
		const head = tokens[index]?.text ?? "";
		list.codes.forEach((code, order) => {
			const name = list.names?.[order];
			// "the ambassadors of Estonia, Anna Tamm; ...": the envoy by name, with the country and the title.
			const title = displayRole(head.replace(/s$/i, ""));
			if (name && addPerson(name[0], name[1], { country: code, title })) return;
			mentions.push({ kind: "delegation", ...span(from, list.end), country: code, description: head });
		});
		claim(from, list.end);
		index = list.end - 1;
	}

	// Countries as parties: the subject of the sentence ("Iran on Monday summoned ...", "Bangladesh and India held ...")
	// or a list after "between" ("a meeting between France, Germany and Turkey").
	const countryParties = (index: number) => {
		const list = countryListAt(tokens, index);
		if (!list) return;
		const next = tokens[list.end];
		if (next?.capital || next?.text === "'s" || next?.text === "’s") return;
		// "EU foreign policy chief ...", "Japan Coast Guard": the country qualifies a title or a name.
		if (TITLE_HEADS.has(next?.lower ?? "") || TITLE_MODIFIERS.has(next?.lower ?? "")) return;
		for (const code of list.codes)
			mentions.push({
				kind: "delegation",
				...span(index, list.end),
				country: code,
				description: "government",
			});
		claim(index, list.end);
	};
	countryParties(tokens[0]?.lower === "the" ? 1 : 0);
	tokens.forEach((token, index) => {
		if (token.lower === "between" && !claimed[index + 1]) countryParties(index + 1);
	});

	// Titles, with the name after them or (in apposition) before them.
	for (let index = 0; index < tokens.length; index++) {
		if (claimed[index]) continue;
		const token = tokens[index];
		if (!token?.word || !(TITLE_HEADS.has(token.lower) || TITLE_MODIFIERS.has(token.lower))) continue;
		const title = readTitle(tokens, index);
		if (!title) continue;
		const qualifier = qualifierBefore(tokens, index);
		const country = title.countries.length === 1 && !title.plural ? title.countries[0] : qualifier?.code;
		const role = displayRole(
			title.text.replace(/\s+(?:of|to)\s+[\p{Lu}].*$/u, (tail) =>
				/\b(of|for) (the )?[\p{Lu}]/u.test(tail) && title.countries.length === 0 ? tail : "",
			),
		);
		let next = title.end;
		// A second title in apposition: "Switzerland's foreign minister, Federal Councillor Luca Brenni-Hofer".
		if (tokens[next]?.text === ",") {
			const chained = readTitle(tokens, next + 1);
			if (chained && isNameToken(tokens[chained.end])) next = chained.end;
		}
		let nameStart = tokens[next]?.text === "," ? next + 1 : next;
		// "Prime Minister Datuk Seri Anwar Ibrahim": honorifics between the title and the name.
		while (
			HONORIFIC_WORDS.has(tokens[nameStart]?.lower ?? "") ||
			(tokens[nameStart]?.text === "." && nameStart > next)
		)
			nameStart++;
		const nameEnd = readName(tokens, nameStart);
		// "the King Hussein Bridge": a titled name that names a site is no person and no role.
		if (nameEnd > nameStart && SITES.has(tokens[nameEnd]?.lower ?? "")) {
			claim(index, nameEnd + 1);
			index = nameEnd;
			continue;
		}
		const from = qualifier?.start ?? index;
		if (title.plural && title.countries.length === 0 && !qualifier && !isNameToken(tokens[title.end])) {
			// "the two ministers", "the leaders": a group, resolved by the caller to the parties last reported.
			let groupStart = index;
			while (groupStart > 0 && /^(?:the|two|three|four|both)$/i.test(tokens[groupStart - 1]?.text ?? ""))
				groupStart--;
			const size =
				SIZE_WORDS[
					tokens
						.slice(groupStart, index)
						.map((t) => t.lower)
						.find((word) => word in SIZE_WORDS) ?? ""
				];
			mentions.push({ kind: "group", ...span(groupStart, title.end), ...(size ? { size } : {}) });
			claim(groupStart, title.end);
			index = title.end - 1;
			continue;
		}
		if (title.plural && title.countries.length > 0) {
			for (const code of title.countries)
				mentions.push({
					kind: "delegation",
					...span(from, title.end),
					country: code,
					description: title.text,
				});
			claim(from, title.end);
			index = title.end - 1;
			continue;
		}
		if (
			nameEnd > nameStart &&
			!(
				tokens[nameStart - 1]?.text === "," &&
				nameEnd - nameStart < 2 &&
				!book.resolveToken(tokens[nameStart]?.text ?? "")
			)
		) {
			const hints = { ...(country ? { country } : {}), title: role };
			if (addPerson(nameStart, nameEnd, hints)) {
				claim(from, nameEnd);
				index = nameEnd - 1;
				continue;
			}
		}
		// A name before the title: "Penny Wong, Australia's foreign minister" (the name is already read or is read now).
		const comma = from - 1;
		if (tokens[comma]?.text === ",") {
			let nameFrom = comma;
			while (
				nameFrom > 0 &&
				(isNameToken(tokens[nameFrom - 1]) ||
					(PARTICLES.has(tokens[nameFrom - 1]?.lower ?? "") && nameFrom - 1 > 0))
			)
				nameFrom--;
			if (comma - nameFrom >= 1) {
				const existing = mentions.find(
					(mention) => mention.kind === "person" && mention.end === tokens[comma - 1]?.end,
				);
				if (existing && existing.kind === "person") {
					if (country && !existing.person.country) existing.person.country = country;
					if (!existing.person.title) existing.person.title = role;
					claim(from, title.end);
					index = title.end - 1;
					continue;
				}
				if (
					comma - nameFrom >= 2 &&
					!claimed[comma - 1] &&
					addPerson(nameFrom, comma, { ...(country ? { country } : {}), title: role })
				) {
					claim(from, title.end);
					index = title.end - 1;
					continue;
				}
			}
		}
		// "Deputy Prime Minister and Foreign Minister of Cambodia Sok Chenda Sophea": two titles of the one person named.
		if (tokens[title.end]?.lower === "and") {
			const second = readTitle(tokens, title.end + 1);
			if (second && isNameToken(tokens[second.end])) {
				claim(from, title.end + 1);
				index = title.end;
				continue;
			}
		}
		mentions.push({
			kind: "role",
			...span(from, title.end),
			head: title.head,
			title: role,
			...(country ? { country } : {}),
			...(/^visiting\b/i.test(title.text) ? { visiting: true } : {}),
		});
		claim(from, title.end);
		index = title.end - 1;
	}

	// Counterparts and delegations: "his French counterpart Catherine Colonna", "counterparts from A, B and C".
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		if (!token || claimed[index]) continue;
		if (!/^(counterparts?|colleagues?|delegations?|side|officials|team)$/i.test(token.text)) continue;
		// "on the Jordanian side of the bridge": a side of a place, not a party.
		if (token.lower === "side" && tokens[index + 1]?.lower === "of") continue;
		const demonyms: string[] = [];
		let from = index;
		for (let back = index - 1; back >= 0 && back >= index - 6; back--) {
			const previous = tokens[back];
			if (!previous) break;
			if (previous.lower === "and" || previous.text === ",") continue;
			const code = previous.capital
				? (demonymCountry(previous.text) ?? (previous.allCaps ? countryOf(previous.text) : undefined))
				: undefined;
			const pair =
				back > 0 && previous.capital
					? demonymCountry(`${tokens[back - 1]?.text} ${previous.text}`)
					: undefined;
			if (pair) {
				demonyms.unshift(pair);
				from = back - 1;
				back--;
				continue;
			}
			if (!code) break;
			demonyms.unshift(code);
			from = back;
		}
		const after = tokens[index + 1];
		if (/^(?:counterpart|colleague)$/i.test(token.text)) {
			const nameStart = after?.text === "," ? index + 2 : index + 1;
			const nameEnd = readName(tokens, nameStart);
			if (nameEnd > nameStart) {
				const country = demonyms[0];
				if (addPerson(nameStart, nameEnd, country ? { country } : {})) {
					claim(from, nameEnd);
					continue;
				}
			}
		}
		// "his Serbian and Croatian counterparts, Ivica Markovic and Ivan Horvat": one name per demonym, in order.
		if (/^(?:counterparts|colleagues)$/i.test(token.text) && demonyms.length >= 2) {
			const spans: Array<[number, number]> = [];
			let position = after?.text === "," ? index + 2 : index + 1;
			while (spans.length < demonyms.length) {
				const end = readName(tokens, position);
				if (end - position < 2) break;
				spans.push([position, end]);
				position = end;
				if (tokens[position]?.text === ",") position++;
				if (tokens[position]?.lower === "and") position++;
			}
			if (spans.length === demonyms.length) {
				const added = spans.filter(([start, end], order) => {
					const country = demonyms[order];
					return addPerson(start, end, country ? { country } : {});
				});
				if (added.length === spans.length) {
					claim(from, spans.at(-1)?.[1] ?? index + 1);
					continue;
				}
			}
		}
		if ((after?.lower === "from" || after?.lower === "of") && COLLECTIVE_HEADS.test(token.text)) {
			const list = splitCountryList(tokens, index + 2);
			if (list.codes.length > 0) {
				for (const code of list.codes)
					mentions.push({
						kind: "delegation",
						...span(from, list.end),
						country: code,
						description: tokens
							.slice(from, list.end)
							.map((t) => t.text)
							.join(" "),
					});
				claim(from, list.end);
				continue;
			}
		}
		if (demonyms.length > 0 && COLLECTIVE_HEADS.test(token.text)) {
			for (const code of demonyms)
				mentions.push({
					kind: "delegation",
					...span(from, index + 1),
					country: code,
					description: tokens
						.slice(from, index + 1)
						.map((t) => t.text)
						.join(" "),
				});
			claim(from, index + 1);
		}
	}

	// "Norway's Espen Barth Eide": a full name right after a country's possessive is a person of that country.
	for (let index = 1; index < tokens.length; index++) {
		if (claimed[index] || claimed[index + 1] || !/^['’]s$/.test(tokens[index]?.text ?? "")) continue;
		const nameEnd = readName(tokens, index + 1);
		if (nameEnd - (index + 1) < 2) continue;
		const qualifier = qualifierBefore(tokens, index + 1);
		if (!qualifier || claimed[qualifier.start]) continue;
		if (addPerson(index + 1, nameEnd, { country: qualifier.code })) {
			claim(qualifier.start, nameEnd);
			index = nameEnd - 1;
		}
	}

	// Names without a title: people already met (full or one word), new full names left for the caller to judge.
	for (let index = 0; index < tokens.length; index++) {
		if (claimed[index] || !isNameToken(tokens[index])) continue;
		const end = readName(tokens, index);
		const words = tokens.slice(index, end).map((token) => token.text);
		if (words.some((word) => countryOf(word) !== undefined && word.length > 2)) {
			// A country or demonym is not a name; try the words one by one.
			const person = book.resolveToken(words[0] ?? "");
			if (person) addPerson(index, index + 1, {});
			continue;
		}
		// "African Development Bank": the words before an organisation's word are part of its name.
		if (SITES.has(tokens[end]?.lower ?? "")) {
			claim(index, end + 1);
			index = end;
			continue;
		}
		if (end - index >= 2) {
			const printed = words.join(" ");
			const known =
				book.people.some((person) => person.printed === printed) || book.resolveToken(words.at(-1) ?? "");
			if (known) {
				if (addPerson(index, end, {})) index = end - 1;
				continue;
			}
			mentions.push({ kind: "bare", ...span(index, end), printed });
			claim(index, end);
			index = end - 1;
			continue;
		}
		if (addPerson(index, index + 1, {})) continue;
		// A surname nobody introduced ("Ardakanian held a meeting with ..."): the caller accepts it only next to a trigger.
		const word = tokens[index];
		if (word && word.text.length >= 3 && !word.allCaps && !knownPlace(word.lower)) {
			mentions.push({ kind: "bare", ...span(index, index + 1), printed: word.text });
			claim(index, index + 1);
		}
	}

	// Groups and pronouns.
	GROUP_PHRASES.lastIndex = 0;
	for (let match = GROUP_PHRASES.exec(sentence); match; match = GROUP_PHRASES.exec(sentence)) {
		const start = match.index;
		const end = start + match[0].length;
		if (mentions.some((mention) => start < mention.end && mention.start < end)) continue;
		const size = SIZE_WORDS[(/\b(two|three|four|both|pair)\b/i.exec(match[0])?.[1] ?? "").toLowerCase()];
		mentions.push({ kind: "group", start, end, ...(size ? { size } : {}) });
	}
	const pronoun = /\b(?:he|she)\b/gi;
	for (let match = pronoun.exec(sentence); match; match = pronoun.exec(sentence)) {
		mentions.push({ kind: "pronoun", start: match.index, end: match.index + match[0].length });
	}
	return mentions.sort((a, b) => a.start - b.start);
}
