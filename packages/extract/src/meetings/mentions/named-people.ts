import { countryOf } from "../countries.js";
import { knownPlace } from "../gazetteer.js";
import { TITLE_HEADS } from "../titles.js";
import { qualifierBefore } from "./country-reading.js";
import { isNameToken, readName } from "./name-reading.js";
import { type MentionScan, SITES } from "./scan.js";

/** Known diplomats written in their own script. */
export function readNativeNames(scan: MentionScan): void {
	const { tokens, claimed } = scan;
	for (const native of scan.book.nativeMentions(scan.sentence)) {
		scan.mentions.push({ kind: "person", ...native });
		tokens.forEach((token, index) => {
			if (token.start < native.end && native.start < token.end) claimed[index] = true;
		});
	}
}

/** "Norway's Espen Barth Eide": a full name right after a country's possessive is a person of that country. */
export function readPossessedNames(scan: MentionScan): void {
	const { tokens, claimed } = scan;
	for (let index = 1; index < tokens.length; index++) {
		if (claimed[index] || claimed[index + 1] || !/^['’]s$/.test(tokens[index]?.text ?? "")) continue;
		const nameEnd = readName(tokens, index + 1);
		if (nameEnd - (index + 1) < 2) continue;
		const qualifier = qualifierBefore(tokens, index + 1);
		if (!qualifier || claimed[qualifier.start]) continue;
		if (scan.addPerson(index + 1, nameEnd, { country: qualifier.code })) {
			scan.claim(qualifier.start, nameEnd);
			index = nameEnd - 1;
		}
	}
}

/**
 * Names without a title: people already met (full or one word); new full names, and a surname nobody introduced,
 * as bare mentions the caller judges by where they stand.
 */
export function readUntitledNames(scan: MentionScan): void {
	const { tokens, claimed, book, mentions } = scan;
	for (let index = 0; index < tokens.length; index++) {
		if (claimed[index] || !isNameToken(tokens[index])) continue;
		const end = readName(tokens, index);
		const words = tokens.slice(index, end).map((token) => token.text);
		if (words.some((word) => countryOf(word) !== undefined && word.length > 2)) {
			// A country or demonym is not a name; try the words one by one.
			const person = book.resolveToken(words[0] ?? "");
			if (person) scan.addPerson(index, index + 1, {});
			continue;
		}
		// "African Development Bank": the words before an organisation's word are part of its name; "Cooperative
		// Governance Minister": the words right before a title are its portfolio.
		if (SITES.has(tokens[end]?.lower ?? "") || TITLE_HEADS.has(tokens[end]?.lower ?? "")) {
			scan.claim(index, end + 1);
			index = end;
			continue;
		}
		if (end - index >= 2) {
			const printed = words.join(" ");
			const known =
				book.people.some((person) => person.printed === printed) || book.resolveToken(words.at(-1) ?? "");
			if (known) {
				if (scan.addPerson(index, end, {})) index = end - 1;
				continue;
			}
			mentions.push({ kind: "bare", ...scan.span(index, end), printed });
			scan.claim(index, end);
			index = end - 1;
			continue;
		}
		// "the Leader of the Nation": one capitalised word after "of the" ends a title or a body, it names no person.
		if (tokens[index - 1]?.lower === "the" && tokens[index - 2]?.lower === "of") continue;
		if (scan.addPerson(index, index + 1, {})) continue;
		if (readHyphenedPair(scan, index)) continue;
		// A surname nobody introduced ("Ardakanian held a meeting with ..."): the caller accepts it only next to a trigger.
		const word = tokens[index];
		if (word && word.text.length >= 3 && !word.allCaps && !knownPlace(word.lower)) {
			mentions.push({ kind: "bare", ...scan.span(index, index + 1), printed: word.text });
			scan.claim(index, index + 1);
		}
	}
}

/** "the Berg-Rojas meeting": two people the text already named, joined by a hyphen, are two mentions. */
function readHyphenedPair(scan: MentionScan, index: number): boolean {
	const token = scan.tokens[index];
	const parts = token?.text.split("-") ?? [];
	if (!token || parts.length !== 2 || !parts.every((part) => /^\p{Lu}\p{Ll}/u.test(part))) return false;
	const people = parts.map((part) => scan.book.resolveToken(part));
	if (!people[0] || !people[1] || people[0] === people[1]) return false;
	let start = token.start;
	for (const [at, person] of people.entries()) {
		if (!person) continue;
		const end = start + (parts[at]?.length ?? 0);
		scan.book.touch(person);
		scan.mentions.push({ kind: "person", start, end, person });
		start = end + 1;
	}
	scan.claim(index, index + 1);
	return true;
}
