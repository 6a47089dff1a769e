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

/**
 * A URL slug as produced by `slugify`.
 * @example
 * Slug.parse(slugify("Motegi meets Blinken in Matera")); // "motegi-meets-blinken-in-matera"
 * Slug.safeParse("Japan").success; // false: a slug is lower case
 */
export const Slug = z
	.string({ error: "a slug is a string" })
	.min(1, { error: "a slug must not be empty" })
	.max(120, { error: "a slug is at most 120 characters" })
	// Combining marks (the voicing mark of で, Indic vowel signs) may follow a letter, never start a word.
	.regex(
		/^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*)*$/u,
		{
			error: "a slug is lower-case letters and digits joined by single hyphens",
		},
	);

/**
 * Stored records carry a version that every update must name (optimistic concurrency).
 * @example
 * Version.parse(1); // 1
 * Version.safeParse(0).success; // false: version starts at 1
 */
export const Version = z.int({ error: "version is a whole number" }).min(1, { error: "version starts at 1" });

const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!\[CDATA\[/i;

/**
 * Plain text of bounded length that carries no HTML tags: readers get it escaped, editors get told.
 * @param label - What the text is, as error messages name it ("headline", "caption").
 * @param max - The most characters allowed after trimming.
 * @returns A Zod string schema that trims, then checks length and the absence of tags.
 * @example
 * const Headline = plainText("headline", 300);
 * Headline.parse("  Motegi meets Blinken "); // "Motegi meets Blinken"
 * Headline.safeParse("<b>Motegi meets Blinken</b>").success; // false: headline is plain text
 */
export function plainText(label: string, max: number) {
	return z
		.string({ error: `${label} is text` })
		.trim()
		.min(1, { error: `${label} must not be empty` })
		.max(max, { error: `${label} is at most ${max} characters` })
		.refine((text) => !TAG.test(text), {
			error: `${label} is plain text; HTML tags such as <p> are not allowed`,
		})
		.refine((text) => !text.includes("\u0000"), { error: `${label} must not contain NUL characters` });
}

/**
 * ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`).
 * @example
 * OffsetDateTime.parse("2021-06-30T06:06:02+09:00"); // "2021-06-30T06:06:02+09:00"
 * OffsetDateTime.safeParse("2021-06-30T06:06:02").success; // false: no offset
 */
export const OffsetDateTime = z.iso.datetime({
	offset: true,
	error: "expected ISO 8601 date-time with an offset, e.g. 2021-06-30T06:06:02+09:00",
});

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
