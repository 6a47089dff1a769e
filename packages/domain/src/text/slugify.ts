/**
 * A URL slug in any script: lower case, accents folded, letters and digits of every script kept,
 * everything else collapsed to single hyphens, at most `maxLength` characters, never cut mid-word
 * when avoidable. Idempotent: `slugify(slugify(x)) === slugify(x)`.
 * @example slugify("Blinken, Motegi affirm G20 cooperation"); // "blinken-motegi-affirm-g20-cooperation"
 * @example slugify("茂木外相 G20で会談"); // "茂木外相-g20で会談"
 */
export function slugify(text: string, maxLength = 80): string {
	const folded = text
		.normalize("NFKD")
		// Lower-case while decomposed so that "İ" becomes "i" plus a dot the next step removes.
		.toLocaleLowerCase("en")
		// Only the combining diacritics of Latin, Greek and Cyrillic are folded away: the voicing marks of
		// kana (で) and the vowel signs of Indic scripts are spelling, not accents.
		.replace(/[\u0300-\u036f]/g, "")
		.normalize("NFC")
		.replace(/ß/g, "ss")
		.replace(/[’'`]/g, "")
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
		// A mark with no letter before it has nothing to sit on.
		.replace(/(^|-)\p{M}+/gu, "$1")
		.replace(/-{2,}/g, "-")
		.replace(/^-+|-+$/g, "");
	if (folded.length <= maxLength) return folded;
	// Cut between code points: half a surrogate pair is not a letter and would not survive a second pass.
	let cut = folded.slice(0, maxLength);
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	const lastHyphen = cut.lastIndexOf("-");
	return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, "");
}
