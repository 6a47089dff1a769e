import { PageParseError } from "./errors.js";

/** Largest page accepted, in UTF-8 bytes. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

const ENGLISH_WORDS = new Set([
	"the",
	"of",
	"and",
	"to",
	"in",
	"a",
	"is",
	"was",
	"for",
	"on",
	"with",
	"that",
	"said",
	"has",
	"have",
	"by",
	"at",
	"from",
	"his",
	"her",
	"their",
	"were",
	"will",
	"as",
	"it",
	"an",
	"be",
	"also",
	"after",
	"two",
]);

function utf8Length(text: string): number {
	let bytes = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff) {
			bytes += 4;
			index++;
		} else bytes += 3;
	}
	return bytes;
}

/**
 * Rejects input that is not a readable English page: empty, binary, too large or in another language.
 * Runs before any parsing so that nothing else sees such input.
 * @throws {PageParseError}
 */
export function assertReadablePage(raw: unknown): asserts raw is string {
	if (typeof raw !== "string") throw new PageParseError("invalid", "a page is text (a string)");
	if (raw.length > MAX_PAGE_BYTES || utf8Length(raw) > MAX_PAGE_BYTES) {
		throw new PageParseError("too-large", `the page is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
	}
	if (raw.trim().length === 0) throw new PageParseError("empty", "the page is empty");
	let broken = 0;
	for (let index = 0; index < raw.length; index++) {
		const code = raw.charCodeAt(index);
		if (code === 0)
			throw new PageParseError("binary", "the page is binary data (it contains NUL bytes), not text");
		if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) broken++;
	}
	if (broken > 16 && broken / raw.length > 0.02) {
		throw new PageParseError("binary", "the page is not valid UTF-8 text (mostly unreadable characters)");
	}
}

/**
 * Rejects text that is not English in Latin script (checked on the extracted words, not the markup).
 * @throws {PageParseError}
 */
export function assertEnglish(text: string): void {
	let letters = 0;
	let latin = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 128) {
			if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
				letters++;
				latin++;
			}
		} else if (code < 0xdc00 || code > 0xdfff) {
			const letter = String.fromCodePoint(text.codePointAt(index) ?? code);
			if (LETTER.test(letter)) {
				letters++;
				if (LATIN.test(letter)) latin++;
			}
		}
	}
	if (letters === 0) throw new PageParseError("not-english", "the page has no words");
	if (latin / letters < 0.5)
		throw new PageParseError("not-english", "the page is not in English (mostly non-Latin script)");
	let sampled = 0;
	let english = 0;
	for (const [word] of text.toLowerCase().matchAll(WORD)) {
		if (ENGLISH_WORDS.has(word)) english++;
		if (++sampled === 3000) break;
	}
	if (sampled >= 12 && english / sampled < 0.05) {
		throw new PageParseError("not-english", "the page is not in English (too few English words)");
	}
}

const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const WORD = /\p{L}+/gu;
