import { z } from "zod";

const namePart = z
	.string()
	.trim()
	.min(1, { error: "must not be empty" })
	.max(100, { error: "is too long (at most 100 characters)" });

/**
 * A person's name as its parts, so every display order can be produced.
 * `order` is how the person's own country writes it (family-first for Japan, China, Korea, Hungary...).
 * @example
 * const name = PersonName.parse({ given: "Toshimitsu", family: "Motegi", order: "family-first", native: "茂木敏充" });
 * name.aliases; // []
 * officialName(name); // "MOTEGI Toshimitsu"
 */
export const PersonName = z.strictObject({
	given: namePart,
	family: namePart,
	order: z.enum(["family-first", "given-first"], { error: "order is family-first or given-first" }),
	/** The name in its own script, e.g. 茂木敏充. */
	native: namePart.optional(),
	/** Other spellings seen in reporting: transliterations, nicknames ("Joe Biden" for Joseph R. Biden). */
	aliases: z.array(namePart).max(20).default([]),
});
export type PersonName = z.infer<typeof PersonName>;

const upperFamily = (family: string) => family.toLocaleUpperCase("en");

/**
 * The name as the person's government writes it in English: family-first names put the family name
 * first in capitals (Japan's 2019 convention), given-first names read as usual.
 * @example officialName({ given: "Toshimitsu", family: "Motegi", order: "family-first", aliases: [] }); // "MOTEGI Toshimitsu"
 */
export function officialName(name: PersonName): string {
	return name.order === "family-first"
		? `${upperFamily(name.family)} ${name.given}`
		: `${name.given} ${name.family}`;
}

/**
 * Given name first, family name last, in ordinary case.
 * @example westernName({ given: "Toshimitsu", family: "Motegi", order: "family-first", aliases: [] }); // "Toshimitsu Motegi"
 */
export function westernName(name: PersonName): string {
	return `${name.given} ${name.family}`;
}

/**
 * The name in its own script when known, otherwise the official form.
 * @example nativeName({ given: "Toshimitsu", family: "Motegi", order: "family-first", native: "茂木敏充", aliases: [] }); // "茂木敏充"
 */
export function nativeName(name: PersonName): string {
	return name.native ?? officialName(name);
}

/**
 * Every form under which the person may be written: official, western, native, aliases, family name alone.
 * Used to match mentions in text against known diplomats.
 * @example nameForms(motegi); // ["MOTEGI Toshimitsu", "Toshimitsu Motegi", "Motegi Toshimitsu", "茂木敏充", "Motegi"]
 */
export function nameForms(name: PersonName): string[] {
	const forms = [
		officialName(name),
		westernName(name),
		`${name.family} ${name.given}`,
		...(name.native ? [name.native] : []),
		...name.aliases,
		name.family,
	];
	return [...new Set(forms)];
}

// Latin letters with no combining mark to strip, so NFKD leaves them as they are.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
	ı: "i",
	ø: "o",
	ł: "l",
	đ: "d",
	ð: "d",
	þ: "th",
	æ: "ae",
	œ: "oe",
	ß: "ss",
	ħ: "h",
};

/**
 * Lower-cases and strips accents and punctuation so that "Di Maio", "DI MAIO" and "di-maio" compare equal,
 * and "Østgaard" matches "Ostgaard".
 * @example foldName("Karaağaçlı"); // "karaagacli"
 */
export function foldName(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.toLocaleLowerCase("en")
		.replace(/[ıøłđðþæœßħ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}
