import { z } from "zod";

/**
 * A record id: 1 to 100 URL-safe characters (letters, digits, `-`, `_`).
 * @example
 * RecordId.parse("mtg-blinken-motegi-2021-06-29"); // "mtg-blinken-motegi-2021-06-29"
 * RecordId.safeParse("-draft").success; // false: an id starts with a letter or digit
 */
export const RecordId = z.string({ error: "an id is a string" }).regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, {
	error: "an id is 1 to 100 letters, digits, - or _, starting with a letter or digit",
});
export type RecordId = z.infer<typeof RecordId>;

const SLUG_PATTERN =
	/^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*)*$/u;
const SLUG_MAX = 120;

/**
 * A URL slug as produced by `slugify`.
 * @example
 * Slug.parse(slugify("Motegi meets Blinken in Matera")); // "motegi-meets-blinken-in-matera"
 * Slug.safeParse("Japan").success; // false: a slug is lower case
 */
export const Slug = z
	.string({ error: "a slug is a string" })
	.min(1, { error: "a slug must not be empty" })
	.max(SLUG_MAX, { error: `a slug is at most ${SLUG_MAX} characters` })
	// Combining marks (the voicing mark of で, Indic vowel signs) may follow a letter, never start a word.
	.regex(SLUG_PATTERN, { error: "a slug is lower-case letters and digits joined by single hyphens" });

/**
 * Whether `value` is a valid {@link Slug}, without building a parse result: for hot paths that only
 * need a yes or no (the API's article route and its Node fast lane).
 * @example
 * isSlug(slugify("भारत की यात्रा")); // true
 * isSlug("Japan"); // false
 */
export const isSlug = (value: string): boolean => value.length <= SLUG_MAX && SLUG_PATTERN.test(value);

/**
 * Stored records carry a version that every update must name (optimistic concurrency).
 * @example
 * Version.parse(1); // 1
 * Version.safeParse(0).success; // false: version starts at 1
 */
export const Version = z.int({ error: "version is a whole number" }).min(1, { error: "version starts at 1" });

/** A UTF-16 surrogate that is not half of a pair (paired ones match as one code point under /u). */
const LONE_SURROGATE = /\p{Cs}/u;

/** Whether `text` is well-formed Unicode (no lone surrogates), for text fields that are not {@link plainText}. */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);

/**
 * Bounded text that is only ever text: any characters are allowed (including `<` and `&`), and
 * whoever renders it escapes it. What is refused is what no renderer can escape: NUL and lone
 * UTF-16 surrogates (which PostgreSQL cannot store and JSON cannot carry faithfully).
 * @param label - What the text is, as error messages name it ("headline", "caption").
 * @param max - The most characters allowed after trimming.
 * @returns A Zod string schema that trims, then checks length, NUL and well-formed Unicode.
 * @example
 * const Headline = plainText("headline", 300);
 * Headline.parse("  Motegi meets Blinken "); // "Motegi meets Blinken"
 * Headline.parse("Why <script> tags worry editors"); // kept as text, escaped when shown
 * Headline.safeParse("broken \uD800 text").success; // false: a lone surrogate is not text
 */
export function plainText(label: string, max: number) {
	return z
		.string({ error: `${label} is text` })
		.trim()
		.min(1, { error: `${label} must not be empty` })
		.max(max, { error: `${label} is at most ${max} characters` })
		.refine((text) => !text.includes("\u0000"), { error: `${label} must not contain NUL characters` })
		.refine(isWellFormedText, {
			error: `${label} must be well-formed Unicode (no lone surrogates)`,
		});
}

/**
 * ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`).
 * @example
 * OffsetDateTime.parse("2021-06-30T06:06:02+09:00"); // "2021-06-30T06:06:02+09:00"
 * OffsetDateTime.safeParse("2021-06-30T06:06:02").success; // false: no offset
 * OffsetDateTime.safeParse("9999-12-31T23:59:59-14:00").success; // false: that instant is in the year 10000
 */
export const OffsetDateTime = z.iso
	.datetime({
		offset: true,
		error: "expected ISO 8601 date-time with an offset, e.g. 2021-06-30T06:06:02+09:00",
	})
	// 9999-12-31T23:59:59-14:00 is an instant in the year 10000: it would sort before every 4-digit year.
	.refine(
		(value) => {
			const year = new Date(value).getUTCFullYear();
			return year >= 1 && year <= 9999;
		},
		{ error: "the instant must fall within the years 0001 to 9999 in UTC" },
	);

/**
 * Calendar day `YYYY-MM-DD`.
 * @example
 * IsoDay.parse("2021-06-29"); // "2021-06-29"
 * IsoDay.safeParse("2021-02-30").success; // false: not a calendar date
 */
export const IsoDay = z.iso.date({ error: "expected a calendar date YYYY-MM-DD" });

/**
 * An http(s) URL or a root-relative path.
 * @example
 * Link.parse("/japan"); // "/japan"
 * Link.safeParse("javascript:alert(1)").success; // false
 */
export const Link = z
	.string()
	.max(2000, { error: "a URL is at most 2000 characters" })
	.refine((value) => /^\/(?!\/)/.test(value) || /^https?:\/\/[^\s]+$/i.test(value), {
		error: "expected an http(s) URL or a path starting with /",
	});
