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
		.replace(/\p{M}/gu, "")
		.normalize("NFC")
		.toLocaleLowerCase("en")
		.replace(/ß/g, "ss")
		.replace(/[’'`]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
	if (folded.length <= maxLength) return folded;
	const cut = folded.slice(0, maxLength);
	const lastHyphen = cut.lastIndexOf("-");
	return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, "");
}
