import { displayRole, TITLE_HEADS, TITLE_MODIFIERS } from "../titles.js";
import { countryListAt, enumeratedDelegations } from "./country-reading.js";
import type { MentionScan } from "./scan.js";

/**
 * Enumerated delegations: "the ambassadors of Estonia, France and Canada", "diplomats in Tehran representing A and
 * B" give one delegation per country; "the ambassadors of Estonia, Anna Tamm; ..." gives the envoys by name.
 */
export function readEnumeratedDelegations(scan: MentionScan): void {
	const { tokens } = scan;
	for (let index = 0; index < tokens.length; index++) {
		const list = enumeratedDelegations(tokens, index);
		if (!list) continue;
		// "the Foreign Ministers of ...": the head's modifiers belong to it.
		let from = index;
		while (from > 0 && TITLE_MODIFIERS.has(tokens[from - 1]?.lower ?? "")) from--;
		const head = tokens[index]?.text ?? "";
		list.codes.forEach((code, order) => {
			const name = list.names?.[order];
			// "the ambassadors of Estonia, Anna Tamm; ...": the envoy by name, with the country and the title.
			const title = displayRole(head.replace(/s$/i, ""));
			if (name && scan.addPerson(name[0], name[1], { country: code, title })) return;
			// "top diplomats of A and B": the office with its modifiers, so a minister of A named later is its envoy.
			const office = tokens
				.slice(from, index + 1)
				.map((token) => token.text)
				.join(" ");
			scan.addDelegation(from, list.end, code, office);
		});
		scan.claim(from, list.end);
		index = list.end - 1;
	}
}

/**
 * Countries as parties: the subject of the sentence ("Iran on Monday summoned ...", "Bangladesh and India held
 * ...") or a list after "between" ("a meeting between France, Germany and Turkey").
 */
export function readCountryParties(scan: MentionScan): void {
	const { tokens } = scan;
	const countryParties = (index: number) => {
		const list = countryListAt(tokens, index);
		if (!list) return;
		const next = tokens[list.end];
		if (next?.capital || next?.text === "'s" || next?.text === "’s") return;
		// "EU foreign policy chief ...", "Japan Coast Guard": the country qualifies a title or a name.
		if (TITLE_HEADS.has(next?.lower ?? "") || TITLE_MODIFIERS.has(next?.lower ?? "")) return;
		for (const code of list.codes) scan.addDelegation(index, list.end, code, "government");
		scan.claim(index, list.end);
	};
	countryParties(tokens[0]?.lower === "the" ? 1 : 0);
	tokens.forEach((token, index) => {
		if (token.lower === "between" && !scan.claimed[index + 1]) countryParties(index + 1);
	});
}
