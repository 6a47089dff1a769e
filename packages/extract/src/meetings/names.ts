import type { PersonName } from "@sidelines/domain";
import {
	CHINESE_FAMILY_NAMES,
	KOREAN_FAMILY_NAMES,
	KOREAN_SYLLABLE,
	MIDDLE_GIVEN_NAMES,
	PINYIN_SYLLABLE,
	VIETNAMESE_FAMILY_NAMES,
	VIETNAMESE_SYLLABLE,
} from "../vocabulary/name-order.js";

/** Name particles that belong to the family name ("Di Maio", "van der Leyen", "bin Salman"). */
export const PARTICLES = new Set([
	"bin",
	"bint",
	"ibn",
	"al",
	"el",
	"de",
	"del",
	"della",
	"da",
	"di",
	"dos",
	"das",
	"du",
	"van",
	"von",
	"der",
	"den",
	"le",
	"la",
	"ter",
	"y",
	"abu",
	"ben",
	"ó",
	"ní",
	"mac",
	"mc",
]);

const MIDDLE_GIVEN = new Set(MIDDLE_GIVEN_NAMES);
const whole = (syllable: string, most: number) => new RegExp(`^(?:${syllable}){1,${most}}$`);
const FAMILY_FIRST: Array<{ families: Set<string>; given: RegExp; words: [number, number] }> = [
	{ families: new Set(CHINESE_FAMILY_NAMES), given: whole(PINYIN_SYLLABLE, 2), words: [1, 1] },
	{ families: new Set(KOREAN_FAMILY_NAMES), given: whole(KOREAN_SYLLABLE, 1), words: [1, 2] },
	{ families: new Set(VIETNAMESE_FAMILY_NAMES), given: whole(VIETNAMESE_SYLLABLE, 1), words: [2, 3] },
];

/**
 * "Wang Yi", "Yoon Suk Yeol", "Kim Jong-un", "Pham Minh Chinh": a family name of a language that prints it
 * first, followed by given-name syllables of that language. "Kim Darroch" is not ("Darroch" is no syllable).
 */
function familyFirstSplit(words: string[]): boolean {
	const [first, ...rest] = words.map((word) => word.toLowerCase());
	if (!first || rest.length === 0) return false;
	return FAMILY_FIRST.some(
		({ families, given, words: [fewest, most] }) =>
			families.has(first) &&
			rest.length >= fewest &&
			rest.length <= most &&
			rest.every((word) => word.split("-").every((part) => given.test(part))),
	);
}

const isUpperWord = (word: string) => /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(word) && /\p{Lu}{2}/u.test(word);

/** "MOTEGI" -> "Motegi", "HAN" -> "Han", "JI-SEOK" -> "Ji-Seok". */
function titleCase(word: string): string {
	return word
		.toLocaleLowerCase("en")
		.replace(
			/(^|[-'’\s])(\p{Ll})/gu,
			(_, sep: string, letter: string) => `${sep}${letter.toLocaleUpperCase("en")}`,
		);
}

/**
 * Parses a personal name as printed in English news into its parts. A family name printed in capitals
 * marks the order (MOTEGI Toshimitsu: family first; Toshimitsu MOTEGI: given first). Otherwise the name is
 * read given-first, with the family name the last word and any particles before it ("Luigi Di Maio"),
 * and a three-word name keeps both last words as the family ("Otávio Figueiredo Lins").
 * @example parsePersonName("MOTEGI Toshimitsu"); // { given: "Toshimitsu", family: "Motegi", order: "family-first", aliases: [] }
 */
export function parsePersonName(printed: string): PersonName | undefined {
	const words = printed.trim().split(/\s+/).filter(Boolean);
	if (words.length < 2) return undefined;
	const first = words[0] ?? "";
	const last = words.at(-1) ?? "";
	if (isUpperWord(first) && !words.slice(1).some(isUpperWord)) {
		return {
			given: words.slice(1).join(" "),
			family: titleCase(first),
			order: "family-first",
			aliases: [printed.trim()],
		};
	}
	if (isUpperWord(last) && !words.slice(0, -1).some(isUpperWord)) {
		return {
			given: words.slice(0, -1).join(" "),
			family: titleCase(last),
			order: "given-first",
			aliases: [printed.trim()],
		};
	}
	const familyFirst = familyFirstSplit(words);
	if (familyFirst)
		return {
			given: words.slice(1).join(" "),
			family: words[0] ?? "",
			order: "family-first",
			aliases: [],
		};
	let split = words.length - 1;
	while (split > 1 && PARTICLES.has((words[split - 1] ?? "").toLowerCase())) split--;
	// "Otávio Figueiredo Lins": two family names; "Recep Tayyip Erdoğan": a second given name, one family name.
	if (
		words.length >= 3 &&
		split === words.length - 1 &&
		!PARTICLES.has((words[1] ?? "").toLowerCase()) &&
		!MIDDLE_GIVEN.has((words[1] ?? "").toLowerCase())
	)
		split = 1;
	return {
		given: words.slice(0, split).join(" "),
		family: words.slice(split).join(" "),
		order: "given-first",
		aliases: [],
	};
}
