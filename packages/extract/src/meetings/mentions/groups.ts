import {
	GROUP_PHRASES,
	GROUP_SIZE,
	GROUP_SIZE_WORDS,
	PERSONAL_PRONOUNS,
	QUOTED_FIRST_PERSON,
} from "../../vocabulary/mention-words.js";
import type { MentionScan } from "./scan.js";

/**
 * Groups and pronouns not already part of another mention: "the two ministers", "both sides", "they", "their"
 * (the parties of the meeting last reported) and "he", "she", a quotation's "I" (the person the text follows).
 */
export function readGroupsAndPronouns(scan: MentionScan): void {
	const { sentence, mentions } = scan;
	GROUP_PHRASES.lastIndex = 0;
	for (let match = GROUP_PHRASES.exec(sentence); match; match = GROUP_PHRASES.exec(sentence)) {
		const start = match.index;
		const end = start + match[0].length;
		if (mentions.some((mention) => start < mention.end && mention.start < end)) continue;
		const size = GROUP_SIZE_WORDS[(GROUP_SIZE.exec(match[0])?.[1] ?? "").toLowerCase()];
		mentions.push({ kind: "group", start, end, ...(size ? { size } : {}) });
	}
	PERSONAL_PRONOUNS.lastIndex = 0;
	for (let match = PERSONAL_PRONOUNS.exec(sentence); match; match = PERSONAL_PRONOUNS.exec(sentence)) {
		mentions.push({ kind: "pronoun", start: match.index, end: match.index + match[0].length });
	}
	// The speaker quoted is the person the text follows.
	const quoted = QUOTED_FIRST_PERSON.exec(sentence);
	if (quoted) {
		const start = quoted.index + quoted[0].length - 1;
		mentions.push({ kind: "pronoun", start, end: start + 1 });
	}
}
