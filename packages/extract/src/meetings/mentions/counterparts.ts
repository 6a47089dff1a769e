import {
	COLLECTIVE_HEADS,
	COUNTERPART_WORDS,
	PLURAL_COUNTERPARTS,
	SINGLE_COUNTERPART,
} from "../../vocabulary/mention-words.js";
import { countryOf, demonymCountry } from "../countries.js";
import { splitCountryList } from "./country-reading.js";
import { readName } from "./name-reading.js";
import type { MentionScan } from "./scan.js";

/**
 * Counterparts and delegations: "his French counterpart Catherine Colonna" or "his counterpart from France, Catherine
 * Colonna" (a person of that country), "his Serbian
 * and Croatian counterparts, A and B" (one per demonym), "counterparts from A, B and C" and "the Chinese
 * delegation" (delegations).
 */
export function readCounterparts(scan: MentionScan): void {
	const { tokens, claimed } = scan;
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		if (!token || claimed[index]) continue;
		if (!COUNTERPART_WORDS.test(token.text)) continue;
		// "on the Jordanian side of the bridge": a side of a place, not a party.
		if (token.lower === "side" && tokens[index + 1]?.lower === "of") continue;
		const demonyms: string[] = [];
		let from = index;
		for (let back = index - 1; back >= 0 && back >= index - 6; back--) {
			const previous = tokens[back];
			if (!previous) break;
			if (previous.lower === "and" || previous.text === ",") continue;
			const code = previous.capital
				? (demonymCountry(previous.text) ?? (previous.allCaps ? countryOf(previous.text) : undefined))
				: undefined;
			const pair =
				back > 0 && previous.capital
					? demonymCountry(`${tokens[back - 1]?.text} ${previous.text}`)
					: undefined;
			if (pair) {
				demonyms.unshift(pair);
				from = back - 1;
				back--;
				continue;
			}
			if (!code) break;
			demonyms.unshift(code);
			from = back;
		}
		const after = tokens[index + 1];
		if (SINGLE_COUNTERPART.test(token.text)) {
			const nameStart = after?.text === "," ? index + 2 : index + 1;
			const nameEnd = readName(tokens, nameStart);
			if (nameEnd > nameStart) {
				const country = demonyms[0];
				if (scan.addPerson(nameStart, nameEnd, country ? { country } : {})) {
					scan.claim(from, nameEnd);
					continue;
				}
			}
		}
		// "his Serbian and Croatian counterparts, Ivica Markovic and Ivan Horvat": one name per demonym, in order.
		if (PLURAL_COUNTERPARTS.test(token.text) && demonyms.length >= 2) {
			const spans: Array<[number, number]> = [];
			let position = after?.text === "," ? index + 2 : index + 1;
			while (spans.length < demonyms.length) {
				const end = readName(tokens, position);
				if (end - position < 2) break;
				spans.push([position, end]);
				position = end;
				if (tokens[position]?.text === ",") position++;
				if (tokens[position]?.lower === "and") position++;
			}
			if (spans.length === demonyms.length) {
				const added = spans.filter(([start, end], order) => {
					const country = demonyms[order];
					return scan.addPerson(start, end, country ? { country } : {});
				});
				if (added.length === spans.length) {
					scan.claim(from, spans.at(-1)?.[1] ?? index + 1);
					continue;
				}
			}
		}
		const words = (to: number) =>
			tokens
				.slice(from, to)
				.map((t) => t.text)
				.join(" ");
		if ((after?.lower === "from" || after?.lower === "of") && COLLECTIVE_HEADS.test(token.text)) {
			const list = splitCountryList(tokens, index + 2);
			// "his counterpart from Chile, Ana Ortiz": the one person of that country, named after a comma.
			const [only] = list.codes;
			if (only && list.codes.length === 1 && SINGLE_COUNTERPART.test(token.text)) {
				const comma = tokens[list.end - 1]?.text === "," ? list.end - 1 : list.end;
				const nameStart = comma + 1;
				const nameEnd = tokens[comma]?.text === "," ? readName(tokens, nameStart) : nameStart;
				if (nameEnd - nameStart >= 2 && scan.addPerson(nameStart, nameEnd, { country: only })) {
					scan.claim(from, nameEnd);
					continue;
				}
			}
			if (list.codes.length > 0) {
				for (const code of list.codes) scan.addDelegation(from, list.end, code, words(list.end));
				scan.claim(from, list.end);
				continue;
			}
		}
		if (demonyms.length > 0 && COLLECTIVE_HEADS.test(token.text)) {
			for (const code of demonyms) scan.addDelegation(from, index + 1, code, words(index + 1));
			scan.claim(from, index + 1);
		}
	}
}
