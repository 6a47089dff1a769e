import { JOINED_PARTICLE } from "../../vocabulary/mention-words.js";
import { NOT_NAME_WORDS, SITE_WORDS } from "../../vocabulary/not-names.js";
import { MONTHS, WEEKDAYS } from "../dates.js";
import { PARTICLES } from "../names.js";
import type { Token } from "../tokens.js";

/** Peerage titles whose holders are named "Lord A of B". */
const PEERAGES = new Set(["lord", "lady", "baroness", "baron"]);
const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS, ...NOT_NAME_WORDS, ...SITE_WORDS]);

/** Whether a token can be a word of a personal name: capitalised, no month, weekday or site word, no number. */
export function isNameToken(token: Token | undefined): boolean {
	if (token?.word && JOINED_PARTICLE.test(token.text)) return true;
	if (!token?.word || !token.capital) return false;
	if (NOT_NAMES.has(token.lower)) return false;
	return !/^\d/.test(token.text);
}

/**
 * Reads a personal name starting at `index`: capitalised words, particles inside, up to five words; returns the
 * index after it (`index` itself when there is no name).
 */
export function readName(tokens: Token[], index: number): number {
	let position = index;
	let words = 0;
	while (position < tokens.length && words < 5) {
		const token = tokens[position];
		// "Enrique A Manalo", "Antony J. Blinken": a middle initial, with or without its full stop; "B. Ebel": a first
		// initial with its full stop.
		const initial = token?.text.length === 1 && /\p{Lu}/u.test(token.text);
		if (initial && words === 0 && tokens[position + 1]?.text === "." && isNameToken(tokens[position + 2])) {
			position += 2;
			continue;
		}
		if (words > 0 && initial) {
			const after = tokens[position + 1]?.text === "." ? position + 2 : position + 1;
			if (isNameToken(tokens[after])) {
				position = after;
				continue;
			}
		}
		if (isNameToken(token)) {
			words++;
			position++;
			// "Lord St. John": an abbreviated saint's name goes on past its full stop.
			if (token?.text === "St" && tokens[position]?.text === "." && isNameToken(tokens[position + 1]))
				position++;
			continue;
		}
		// "Lord St. John of Cranford": a peer's territorial designation belongs to the name.
		if (
			token?.lower === "of" &&
			words > 0 &&
			PEERAGES.has(tokens[index]?.lower ?? "") &&
			isNameToken(tokens[position + 1])
		) {
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
