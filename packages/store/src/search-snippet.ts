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

interface Window {
	text: string;
	/** How many different terms it holds. */
	found: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The SNIPPET_WORDS-word window of `text` holding the most different terms (the first such), with ellipses. */
function bestWindow(text: string, terms: readonly SearchTerm[]): Window | undefined {
	// Lower-casing the whole text at once is far cheaper than word by word, where it keeps every offset.
	const lower = text.toLowerCase();
	const source = lower.length === text.length ? lower : text;
	const starts: number[] = [];
	const ends: number[] = [];
	const hits: number[] = [];
	WORD.lastIndex = 0;
	for (let found = WORD.exec(source); found !== null; found = WORD.exec(source)) {
		const word = source === lower ? found[0] : found[0].toLowerCase();
		let mask = 0;
		for (let index = 0; index < terms.length; index++) {
			const term = terms[index] as SearchTerm;
			if (word.charCodeAt(0) === term.text.charCodeAt(0) && matches(word, term)) mask |= 1 << index;
		}
		starts.push(found.index);
		ends.push(found.index + found[0].length);
		hits.push(mask);
	}
	const count = hits.length;
	if (count === 0) return undefined;
	let best = { start: 0, found: 0 };
	for (let position = 0; position < count; position++) {
		if (hits[position] === 0) continue;
		// A match opens the window two words in, so the reader sees what leads to it.
		const start = Math.max(0, Math.min(position - 2, count - SNIPPET_WORDS));
		let mask = 0;
		for (let index = start; index < Math.min(count, start + SNIPPET_WORDS); index++)
			mask |= hits[index] as number;
		let found = 0;
		for (let bits = mask; bits !== 0; bits &= bits - 1) found++;
		if (found > best.found) best = { start, found };
		if (found === terms.length) break;
	}
	const more = best.start + SNIPPET_WORDS < count;
	// The last window of a text keeps its closing punctuation.
	const excerpt = text
		.slice(starts[best.start], more ? ends[best.start + SNIPPET_WORDS - 1] : undefined)
		.trim()
		.replace(/\s+/g, " ");
	return { text: `${best.start > 0 ? "…" : ""}${excerpt}${more ? "…" : ""}`, found: best.found };
}

/**
 * A short plain-text excerpt of an article around the search terms: the window of about 16 words that holds the
 * most of them, from the standfirst or the body (the headline is shown anyway), else the opening words.
 * Cut here rather than by the engine: FTS5's snippet and PostgreSQL's ts_headline read every result's whole
 * text through the tokenizer, which cost more than the rest of a search; this gives the same excerpt on both.
 * @example searchSnippet(["The treaty was signed."], searchTerms("treaties")); // "The treaty was signed."
 */
export function searchSnippet(fields: readonly (string | undefined)[], terms: readonly SearchTerm[]): string {
	let best: Window | undefined;
	for (const field of fields) {
		if (field === undefined) continue;
		const window = bestWindow(field, terms);
		if (window && (best === undefined || window.found > best.found)) best = window;
	}
	return best?.text ?? "";
}
