import { GROUP_OPENERS, GROUP_SIZE_WORDS } from "../../vocabulary/mention-words.js";
import { HONORIFICS } from "../../vocabulary/not-names.js";
import { PARTICLES } from "../names.js";
import { displayRole, fullTitles, TITLE_HEADS, TITLE_MODIFIERS } from "../titles.js";
import { qualifierBefore } from "./country-reading.js";
import { isNameToken, readName } from "./name-reading.js";
import { type MentionScan, SITES } from "./scan.js";
import { readTitle } from "./title-reading.js";

const HONORIFIC_WORDS = new Set(HONORIFICS);
const BODIES_OF_MEMBERS = new Set(["cabinet", "council", "committee", "board", "college", "conference"]);

/**
 * Titles, with the name after them ("US Secretary of State Antony Blinken") or, in apposition, before them ("Penny
 * Wong, Australia's foreign minister"); a plural title alone is a group ("the two ministers"), a plural title with
 * countries one delegation each, a title with no name a role ("the Iraqi minister").
 */
export function readTitledPeople(scan: MentionScan): void {
	const { tokens, mentions, claimed, book } = scan;
	for (let index = 0; index < tokens.length; index++) {
		if (claimed[index]) continue;
		const token = tokens[index];
		if (
			!token?.word ||
			!(TITLE_HEADS.has(token.lower) || TITLE_MODIFIERS.has(token.lower) || fullTitles(token))
		)
			continue;
		const title = readTitle(tokens, index);
		if (!title) continue;
		// "held meetings at the Cabinet of Ministers of Poland": a body named after its members is no party.
		if (tokens[index - 1]?.lower === "of" && BODIES_OF_MEMBERS.has(tokens[index - 2]?.lower ?? "")) {
			scan.claim(index, title.end);
			index = title.end - 1;
			continue;
		}
		const qualifier = qualifierBefore(tokens, index);
		// "the Peruvian ambassador to Chile": the country the envoy is sent to is not theirs.
		const sentTo = qualifier !== undefined && /\bto\s/i.test(title.text);
		const country =
			title.countries.length === 1 && !title.plural && !sentTo ? title.countries[0] : qualifier?.code;
		const role = displayRole(
			title.text.replace(/\s+(?:of|to)\s+[\p{Lu}].*$/u, (tail) =>
				/\b(of|for) (the )?[\p{Lu}]/u.test(tail) && title.countries.length === 0 ? tail : "",
			),
		);
		let next = title.end;
		// A second title in apposition: "Switzerland's foreign minister, Federal Councillor Luca Brenni-Hofer".
		if (tokens[next]?.text === ",") {
			const chained = readTitle(tokens, next + 1);
			if (chained && isNameToken(tokens[chained.end])) next = chained.end;
		}
		let nameStart = tokens[next]?.text === "," ? next + 1 : next;
		// "Prime Minister Datuk Seri Anwar Ibrahim": honorifics between the title and the name.
		while (
			HONORIFIC_WORDS.has(tokens[nameStart]?.lower ?? "") ||
			(tokens[nameStart]?.text === "." && nameStart > next)
		)
			nameStart++;
		const nameEnd = readName(tokens, nameStart);
		// "the King Hussein Bridge": a titled name that names a site is no person and no role.
		if (nameEnd > nameStart && SITES.has(tokens[nameEnd]?.lower ?? "")) {
			scan.claim(index, nameEnd + 1);
			index = nameEnd;
			continue;
		}
		const from = qualifier?.start ?? index;
		if (title.plural && title.countries.length === 0 && !qualifier && !isNameToken(tokens[title.end])) {
			// "the two ministers", "the leaders": a group, resolved by the caller to the parties last reported.
			let groupStart = index;
			while (groupStart > 0 && GROUP_OPENERS.test(tokens[groupStart - 1]?.text ?? "")) groupStart--;
			const size =
				GROUP_SIZE_WORDS[
					tokens
						.slice(groupStart, index)
						.map((t) => t.lower)
						.find((word) => word in GROUP_SIZE_WORDS) ?? ""
				];
			mentions.push({ kind: "group", ...scan.span(groupStart, title.end), ...(size ? { size } : {}) });
			scan.claim(groupStart, title.end);
			index = title.end - 1;
			continue;
		}
		if (title.plural && title.countries.length > 0) {
			for (const code of title.countries) scan.addDelegation(from, title.end, code, title.text);
			scan.claim(from, title.end);
			index = title.end - 1;
			continue;
		}
		if (
			nameEnd > nameStart &&
			!(
				tokens[nameStart - 1]?.text === "," &&
				nameEnd - nameStart < 2 &&
				!book.resolveToken(tokens[nameStart]?.text ?? "")
			)
		) {
			const hints = { ...(country ? { country } : {}), title: role };
			if (scan.addPerson(nameStart, nameEnd, hints)) {
				scan.claim(from, nameEnd);
				index = nameEnd - 1;
				continue;
			}
		}
		// A name before the title: "Penny Wong, Australia's foreign minister" (the name is already read or is read now).
		// "A, the Permanent Secretary for B": the article of the title in apposition.
		const comma = tokens[from - 1]?.lower === "the" ? from - 2 : from - 1;
		if (tokens[comma]?.text === ",") {
			let nameFrom = comma;
			while (
				nameFrom > 0 &&
				(isNameToken(tokens[nameFrom - 1]) ||
					(PARTICLES.has(tokens[nameFrom - 1]?.lower ?? "") && nameFrom - 1 > 0))
			)
				nameFrom--;
			if (comma - nameFrom >= 1) {
				const existing = mentions.find(
					(mention) => mention.kind === "person" && mention.end === tokens[comma - 1]?.end,
				);
				if (existing && existing.kind === "person") {
					if (country && !existing.person.country) existing.person.country = country;
					if (!existing.person.title) existing.person.title = role;
					scan.claim(from, title.end);
					index = title.end - 1;
					continue;
				}
				if (
					comma - nameFrom >= 2 &&
					!claimed[comma - 1] &&
					scan.addPerson(nameFrom, comma, { ...(country ? { country } : {}), title: role })
				) {
					scan.claim(from, title.end);
					index = title.end - 1;
					continue;
				}
			}
		}
		// "Deputy Prime Minister and Foreign Minister of Chile Ana Ortiz": two titles of the one person named.
		if (tokens[title.end]?.lower === "and") {
			const second = readTitle(tokens, title.end + 1);
			if (second && isNameToken(tokens[second.end])) {
				scan.claim(from, title.end + 1);
				index = title.end;
				continue;
			}
		}
		mentions.push({
			kind: "role",
			...scan.span(from, title.end),
			head: title.head,
			title: role,
			...(country ? { country } : {}),
			...(/^visiting\b/i.test(title.text) ? { visiting: true } : {}),
		});
		scan.claim(from, title.end);
		index = title.end - 1;
	}
}
