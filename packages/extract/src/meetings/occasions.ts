/** An occasion phrase: the gathering a meeting happened on the sidelines of. */
export interface OccasionPhrase {
	start: number;
	end: number;
	name: string;
}

const SIDELINES =
	/\b(?:on|at)\s+the\s+(?:sidelines|side-lines|side\s+lines|margins|fringes|fringe)\s+of\s+(?:the\s+|a\s+|an\s+|this\s+(?:week|month|year)['’]s\s+)?(.+?)(?=,|;|\.(?:\s|$)|\s+(?:in|on|at|to|where|which|when|before|after|with|and\s+(?:the|agreed|discussed))\s+|$)/giu;
const AT_GATHERING =
	/\b(?:at|during|ahead\s+of|on\s+the\s+eve\s+of|(?:participate|participates|participated|participating|take\s+part|takes\s+part|took\s+part|taking\s+part)\s+in|attend|attends|attended|attending)\s+(?:the|a|an|this\s+(?:week|month|year)['’]s)\s+((?:[\p{Lu}\d][\p{L}\p{N}'’-]*\s+|(?:foreign|development|defence|finance|leaders['’]?|ministers['’]?|ministerial|annual|regional|related|and|of|the|on)\s+){1,8}(?:[Ss]ummit|[Mm]eetings?|[Cc]onference|[Ff]orum|[Aa]ssembly|[Gg]athering|[Ss]ession|[Dd]ialogue))\b/gu;

/** "at the meeting of the Council of Ministers of the OAS in Lima": a named body's gathering, not a meeting of parties. */
const AT_MEETING_OF =
	/\b(?:at|during|ahead\s+of)\s+the\s+((?:meeting|summit|session|conference|gathering)\s+of\s+(?:the\s+)?\p{Lu}.+?)(?=,|;|\.(?:\s|$)|\s+(?:in|on|at|to|where|which|when|before|after|with)\s+(?!\p{Lu}\p{Ll}+\s+\()|$)/gu;

/**
 * Names a gathering the way its organisers do when the text describes it: "a meeting of foreign and
 * development ministers from the G-20 ..." is the "G20 Foreign and Development Ministers' Meeting".
 * @example occasionName("meeting of foreign ministers of the G20"); // "G20 Foreign Ministers' Meeting"
 */
function occasionName(text: string): string {
	const match =
		/^(?:meeting|gathering)\s+of\s+([a-z][a-z\s,]*?)\s+ministers\s+(?:from|of)\s+(?:the\s+)?([A-Z][A-Za-z]*-?\d+)\b/.exec(
			text,
		);
	if (!match?.[1] || !match[2]) return text;
	const portfolio = match[1].replace(/\b[a-z]/g, (letter, offset: number, whole: string) =>
		/^(and|of)\b/.test(whole.slice(offset)) ? letter : letter.toUpperCase(),
	);
	return `${match[2].replace("-", "")} ${portfolio} Ministers' Meeting`;
}

/**
 * Finds "on the sidelines of the G20 ...", "on the margins of ...", "on the fringes of ...", "at the ... summit".
 * @example findOccasions("met on the sidelines of the G20 summit in Rome")[0]?.name; // "G20 summit"
 */
export function findOccasions(text: string): OccasionPhrase[] {
	const found: OccasionPhrase[] = [];
	for (const pattern of [SIDELINES, AT_GATHERING, AT_MEETING_OF]) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			const name = (match[1] ?? "").trim();
			if (!name || (pattern === AT_GATHERING && !/\p{Lu}|\d/u.test(name))) continue;
			const start = match.index;
			const end = match.index + match[0].length;
			if (found.some((other) => start < other.end && other.start < end)) continue;
			found.push({ start, end, name: occasionName(name) });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
