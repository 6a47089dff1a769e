import type { SearchTerm } from "./search-terms.js";

/** Words in a snippet, as FTS5's `snippet(..., 16)` used to cut them. */
const SNIPPET_WORDS = 16;

/**
 * Whether a word of the text stands for a search term. The engines match stems (Porter on SQLite, Snowball on
 * PostgreSQL); an excerpt only needs to land near the match, so a shared beginning long enough that only the
 * endings differ ("treaty" and "treaties", "talks" and "talking") is enough.
 */
function matches(word: string, term: SearchTerm): boolean {
	if (term.prefix) return word.startsWith(term.text);
	if (word === term.text) return true;
	const shorter = Math.min(word.length, term.text.length);
	let common = 0;
	while (common < shorter && word[common] === term.text[common]) common++;
	return common >= Math.max(3, shorter - 2) && Math.abs(word.length - term.text.length) <= 4;
}

/** What every word matching `term` begins with (see `matches`): the term, or its first three letters. */
function beginning(term: SearchTerm): string {
	return term.prefix || term.text.length <= 3 ? term.text : term.text.slice(0, 3);
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_AT = /[\p{L}\p{N}]+/uy;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A term's match in a text: where its word begins, and which terms (one bit each) it stands for. */
interface Hit {
	offset: number;
	mask: number;
}

/** How many code units long the letter or digit ending at `offset` of `text` is: 0 if none does. */
function wordCharacterBefore(text: string, offset: number): number {
	if (offset === 0) return 0;
	const before = text.charCodeAt(offset - 1);
	// The low half of a surrogate pair: the character is the pair.
	const length = before >= 0xdc00 && before <= 0xdfff && offset >= 2 ? 2 : 1;
	return WORD_CHARACTER.test(text.slice(offset - length, offset)) ? length : 0;
}

/** Where the `count`-th word before `offset` begins (the first word's beginning if there are fewer). */
function wordsBack(text: string, offset: number, count: number): number {
	let found = offset;
	let position = offset;
	for (let word = 0; word < count; word++) {
		while (position > 0 && wordCharacterBefore(text, position) === 0) position--;
		if (position === 0) break;
		for (
			let length = wordCharacterBefore(text, position);
			length > 0;
			length = wordCharacterBefore(text, position)
		)
			position -= length;
		found = position;
	}
	return found;
}

/** Where each of the (at most `count`) words from `offset` on ends. */
function wordEnds(text: string, offset: number, count: number): number[] {
	const ends: number[] = [];
	WORD.lastIndex = offset;
	for (let found = WORD.exec(text); found !== null; found = ends.length < count ? WORD.exec(text) : null)
		ends.push(found.index + found[0].length);
	return ends;
}

/**
 * The words of `text` that match a term, in text order. Each term's beginning is looked for with `indexOf`,
 * so only the few words that start like a term are read: an article's body is hundreds of words and a search
 * cuts twenty snippets. Lower-casing the whole text at once keeps every offset, except for the rare letters
 * whose lower case is longer: then every word is read and lower-cased alone.
 */
function hitsIn(text: string, terms: readonly SearchTerm[]): Hit[] {
	const lower = text.toLowerCase();
	const masks = new Map<number, number>();
	const record = (offset: number, word: string) => {
		let mask = 0;
		for (const [index, term] of terms.entries()) if (matches(word, term)) mask |= 1 << index;
		if (mask !== 0) masks.set(offset, (masks.get(offset) ?? 0) | mask);
	};
	if (lower.length === text.length) {
		for (const term of new Set(terms.map(beginning))) {
			for (let offset = lower.indexOf(term); offset !== -1; offset = lower.indexOf(term, offset + 1)) {
				if (wordCharacterBefore(lower, offset) > 0) continue;
				WORD_AT.lastIndex = offset;
				record(offset, WORD_AT.exec(lower)?.[0] ?? "");
			}
		}
	} else {
		WORD.lastIndex = 0;
		for (let found = WORD.exec(text); found !== null; found = WORD.exec(text))
			record(found.index, found[0].toLowerCase());
	}
	return [...masks].map(([offset, mask]) => ({ offset, mask })).sort((a, b) => a.offset - b.offset);
}

interface Window {
	text: string;
	/** How many different terms it holds. */
	found: number;
}

const termCount = (mask: number) => {
	let count = 0;
	for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
	return count;
};

/** The SNIPPET_WORDS words from `start` on, or the text's last ones if fewer follow: where they begin and end. */
function windowAt(text: string, start: number): { start: number; end: number; more: boolean } {
	let ends = wordEnds(text, start, SNIPPET_WORDS);
	if (ends.length < SNIPPET_WORDS) {
		start = wordsBack(text, text.length, SNIPPET_WORDS);
		ends = wordEnds(text, start, SNIPPET_WORDS);
	}
	const end = ends.at(-1) ?? text.length;
	return { start, end, more: ends.length === SNIPPET_WORDS && wordEnds(text, end, 1).length > 0 };
}

/**
 * The SNIPPET_WORDS-word window of `text` holding the most different terms (the first such), with ellipses.
 * A match opens the window two words in, so the reader sees what leads to it. Words are read only around
 * the matches, and no further than the first window that holds every term the text has.
 */
function bestWindow(text: string, terms: readonly SearchTerm[]): Window | undefined {
	WORD.lastIndex = 0;
	const first = WORD.exec(text);
	if (first === null) return undefined;
	const hits = hitsIn(text, terms);
	const most = termCount(hits.reduce((mask, hit) => mask | hit.mask, 0));
	let best: { window?: ReturnType<typeof windowAt>; found: number } = { found: 0 };
	for (const hit of hits) {
		if (best.found === most) break;
		const window = windowAt(text, wordsBack(text, hit.offset, 2));
		let mask = 0;
		for (const other of hits)
			if (other.offset >= window.start && other.offset < window.end) mask |= other.mask;
		const found = termCount(mask);
		if (found > best.found) best = { window, found };
	}
	// No term in the text: its opening words.
	const { start, end, more } = best.window ?? windowAt(text, first.index);
	// The last window of a text keeps its closing punctuation.
	const excerpt = text
		.slice(start, more ? end : undefined)
		.trim()
		.replace(/\s+/g, " ");
	return {
		text: `${wordsBack(text, start, 1) < start ? "…" : ""}${excerpt}${more ? "…" : ""}`,
		found: best.found,
	};
}

/**
 * A short plain-text excerpt of an article around the search terms: the window of about 16 words that holds the
 * most of them, from the standfirst or the body (the headline is shown anyway), else the opening words.
 * Cut here rather than by the engine: FTS5's snippet and PostgreSQL's ts_headline read every result's whole
 * text through the tokenizer, which cost more than the rest of a search; this gives the same excerpt on both.
 * Fields are read in order, and no further than one holding every term.
 * @example searchSnippet(["The treaty was signed."], searchTerms("treaties")); // "The treaty was signed."
 */
export function searchSnippet(fields: Iterable<string | undefined>, terms: readonly SearchTerm[]): string {
	let best: Window | undefined;
	for (const field of fields) {
		if (field === undefined) continue;
		const window = bestWindow(field, terms);
		if (window && (best === undefined || window.found > best.found)) best = window;
		if (best?.found === terms.length) break;
	}
	return best?.text ?? "";
}
