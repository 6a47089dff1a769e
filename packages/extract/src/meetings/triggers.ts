/** Whether a reported meeting happened, is to happen, was called off, or is denied. */
type TriggerStatus = "held" | "planned" | "cancelled" | "negated";

/** A phrase that reports a meeting ("held talks with", "spoke by phone", "a meeting between"). */
export interface Trigger {
	start: number;
	end: number;
	text: string;
	/** Verbs report a meeting; nouns may only refer back to one ("the talks"). */
	kind: "verb" | "noun";
	/** "The meeting", "Tuesday's call": a reference to a meeting already reported, never a new one. */
	definite: boolean;
	/** "between A and B", "trilateral", "three-way": all parties meet together. */
	together: boolean;
	/** A generic verb ("spoke", "talked") that says nothing of the medium. */
	vague: boolean;
	status: TriggerStatus;
	/** "B joined by video link": B takes part remotely in the meeting just reported (which becomes hybrid). */
	joins?: boolean;
	/** "A and B discussed ...": what follows is what was discussed, not where or when they met. */
	discussed?: true;
}

const NOUNS =
	"talks|meeting|meetings|call|calls|conversation|conversations|videoconference|video\\s+conference|video\\s+call|phone\\s+call|telephone\\s+call|virtual\\s+meeting|virtual\\s+summit|pull-aside|working\\s+(?:dinner|lunch|breakfast)|encounter|dialogue|consultations|video\\s+link-up|link-up|session|discussions";

const JOINS =
	/\b(?:joined|joining|joins|participated|participating|took\s+part|taking\s+part)\s+(?:(?:in\s+)?(?:the\s+)?(?:talks|meeting|discussions?|session)\s+)?(?:(?:by|via|through|over)\s+(?:a\s+)?video(?:\s*link|\s*conference|\s+call)?|virtually|remotely|online)\b/gi;

/** "A and B, joined by C, discussed ...": a three-party meeting reported without any other meeting verb. */
const JOINED_BY =
	/,\s*(?:who\s+(?:was|were)\s+)?joined\s+(?:(?:later|also|briefly|then)\s+)?by\b(?!\s+(?:a\s+)?(?:video|phone|telephone|link))/i;
const DISCUSSED = /\b(?:discussed|exchanged\s+views|reviewed|talked\s+about|agreed)\b/i;
/** "A and Turkish FM B discussed the crisis": two people named together, then what they discussed. */
const PAIR_DISCUSSED =
	/(?<=\band\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,6})(?:discussed|exchanged\s+views)\b(?!\s+with\b)/u;

/** "welcomed the visiting minister" is a meeting; "welcomed the recent increases", "welcomed the vote" are not. */
const WELCOMED_PEOPLE =
	"visiting|secretary|president|prime|minister|ministers|ambassador|ambassadors|envoy|envoys|delegation|delegations|king|queen|crown|foreign|leader|leaders|chancellor|emir|sultan|head|heads|counterpart|counterparts|guest|guests|vice|deputy|new|newly|incoming|premier|pope|governor|chief|officials?|representatives?|team|two";

const VERB_PATTERNS: Array<{ pattern: RegExp; vague?: boolean }> = [
	{
		pattern: new RegExp(
			`\\b(?:held|holds|hold|holding|had|has\\s+had|have\\s+had|have|has|hosted|hosts|host|convened|chaired|co-chaired)\\s+(?:(?:a|an|their|the|his|her|its|two|several|separate)\\s+(?:(?!press\\b|news\\b|media\\b)[\\w-]+,?\\s+){0,3}?|(?:bilateral|telephone|phone|video|virtual|informal|separate|formal|official|summit|high-level|closed-door)\\s+(?:[\\w-]+\\s+)?)?(?:${NOUNS})\\b`,
			"gi",
		),
	},
	{
		pattern:
			/\b(?:met|meets|meet|meeting)(?:\s+(?:separately|briefly|privately|again|later|also))?\s+with\b|\b(?:met|meets|meet)\b/gi,
	},
	{
		pattern:
			/\b(?:spoke|speaks|speak|speaking|talked|talks|talk|conferred)\s+(?:\w+\s+){0,3}?(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b/gi,
	},
	{ pattern: /\b(?:spoke|speaks|speak|talked|conferred)\s+(?:(?:on|last)\s+\w+\s+)?with\b/gi },
	// "spoke about double standards", "spoke at the forum": a speech, not a conversation.
	{ pattern: /\b(?:spoke|talked)\b(?!\s+(?:about|at|out|up|against|highly|before|of)\b)/gi, vague: true },
	{ pattern: /\bsat\s+down\s+(?:together\s+)?with\b|\bsat\s+down\b/gi },
	// "They were then joined by C for the trilateral meeting": C meets the parties before the verb together.
	{
		pattern:
			/\b(?:was|were)\s+(?:then\s+|later\s+|also\s+)?joined\s+by\b(?=[^.;]{0,80}?\bfor\s+(?:the|a|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|session)\b)/gi,
	},
	// "has discussed with B ...", "spent time with B": a meeting whose medium the text leaves to the context.
	{
		pattern:
			/\b(?:discussed|discusses|discuss)\s+with\b|\b(?:spent|spends|spend)\s+(?:some\s+)?time\s+with\b/gi,
	},
	// "A and B led the Chilean and Peruvian delegations respectively at the consultations": heads facing each other.
	{
		pattern:
			/\b(?:led|headed)\s+(?:the|their)\s+(?:[\p{L}-]+\s+){0,4}delegations\b(?=\s+respectively\b|\s+(?:at|in|to)\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:talks|consultations|negotiations|dialogue)\b)/giu,
	},
	{ pattern: /\bconnected\s+(?:by|via)\s+(?:video(?:\s+link)?|phone|telephone)\s+with\b/gi },
	{
		pattern:
			/\b(?:received|receives|receive)\s+(?:an?\s+|two\s+|several\s+)?(?:(?:tele)?phone\s+)?calls?\b/gi,
	},
	{
		pattern:
			/\b(?:was|were)\s+(?:received|greeted)\s+by\b|\b(?:received|receives|receive|hosted|hosts|host)\b|\breception\s+(?:for|of)\b/gi,
	},
	// Case-sensitive: a lower-case word after the article is a thing welcomed, unless it names people.
	{
		pattern: new RegExp(
			`\\b[Ww]elcom(?:ed|es|ing)\\b(?!\\s+(?:the|a|an|this|these|their|his|her|its|our)\\s+(?!(?:${WELCOMED_PEOPLE})\\b)[a-z])`,
			"g",
		),
	},
	// Summonings and credentials are meetings in person (RULES 1): "summoned the ambassador", "accepted the credentials of".
	{ pattern: /\b(?:summoned|summons|summon)\b/gi },
	{
		pattern:
			/\b(?:accepted|accepts|received|receives)\s+(?:the\s+)?(?:letters\s+of\s+)?credentials\s+(?:of|from)\b|\bpresented\s+(?:(?:his|her|their|the)\s+)?(?:(?:copies\s+of\s+)?(?:(?:his|her|their)\s+)?)?(?:letters\s+of\s+)?credentials\s+to\b/gi,
	},
	{
		pattern:
			/\bpaid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+on\b|\bpay\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+on\b|\bcalled\s+on\b|\bphoned\b/gi,
	},
	// "A visited Saudi Crown Prince B": a visit to a titled person (a visit to a country is no meeting).
	{
		pattern:
			/\bvisited\s+(?:both\s+)?(?=(?:\p{Lu}\p{L}+\s+){0,2}(?:President|Prime\s+Minister|King|Queen|Crown\s+Prince|Chancellor|Emir|Sultan|Premier|Pope|Foreign\s+Minister)\b)/gu,
	},
	// "A had called B on Friday": a call to a person by name (not "called for", "called it", "so-called").
	{ pattern: /(?<![\w-])called(?=\s+\p{Lu}\p{Ll}+\b(?!['’]s))/gu },
];
const NOUN_PATTERN = new RegExp(`\\b(?:${NOUNS})\\b`, "gi");

const TOGETHER =
	/\b(?:trilateral|three-way|four-way|multilateral|quadrilateral|joint\s+meeting|all\s+three|all\s+four|together)\b/i;
const NEGATION =
	/(?:\b(?:not|never|no|neither|nor|without)\b|n['’]t\b|\b(?:declined|refused|failed)\s+to\b)(?:\s+[\w'’-]+){0,6}\s*$/i;
const PLANNED =
	/(?:\b(?:will|would|shall|could|may|might|to\s+be\s+held|expect|expects|anticipate|anticipates)\b|\b(?:is|are|was|were|be)\s+(?:set|scheduled|due|expected|going|slated|planning|poised|likely)\s+to\b|\b(?:plans?|planned|hopes?|intends?|wants?|aims?|expects?|agreed|invited\s+\w+)\s+to\b|\bis\s+to\b|\bare\s+to\b|\blook(?:s|ing|ed)?\s+forward\s+to\b)(?:\s+(?:also|again|then|soon|first|later|next)){0,2}\s*(?:\s+[\w'’-]+){0,2}\s*$/i;
/** A plan stated earlier in the same clause: "is due to travel to Berlin on Thursday for talks with ...". */
const PLANNED_IN_CLAUSE =
	/\b(?:will|shall|(?:is|are)\s+(?:set|scheduled|due|expected|going|slated|planning|poised|likely)\s+to|plans?\s+to|intends?\s+to|agreed\s+to|is\s+to|are\s+to)\b/i;
/** "The minister's agenda for Friday includes a meeting with A, as well as talks with B": items of a programme. */
const ON_AGENDA =
	/\b(?:agenda|schedule|programme|program|itinerary)\b(?:\s+[\w'’-]+){0,6}?\s+(?:includes?|including|features?|comprises?)\b[^.;]*$/i;
/** "after his conversation", "before their meeting": a meeting that times another act. */
const AFTER_POSSESSIVE = /\b(?:after|before|following)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}$/i;
const CANCELLED = /\b(?:cancel(?:l?ed|s)?|called\s+off|postponed|scrapped|put\s+off)\b/i;

/** "importance to talks", "support for dialogue", "the path to talks": talks in general, not a meeting. */
const GENERIC_BEFORE =
	/\b(?:importance|commitment|support|return|path|way|door|calls?|openness|appeal|preference)\s+(?:to|for|of|towards?)\s+$/i;

/** Where the definite article or a possessive day makes a noun a reference ("the talks", "Tuesday's call"). */
const DEFINITE_BEFORE =
	/(?:\b(?:the|this|that|these|those|such)|\b\w+day['’]s|\bearlier)\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * Finds the phrases of a sentence that report meetings, with the status each one implies.
 * Speeches, statements, interviews and press conferences have no trigger; "will meet" is planned,
 * "did not meet" is negated, a meeting that "has been cancelled" is cancelled.
 */
export function findTriggers(
	sentence: string,
	masked: Array<{ start: number; end: number }> = [],
): Trigger[] {
	const found: Trigger[] = [];
	const inMask = (start: number, end: number) => masked.some((span) => start < span.end && span.start < end);
	const add = (start: number, end: number, given: Trigger["kind"], vague: boolean) => {
		const kind = /^meeting/i.test(sentence.slice(start, end)) ? "noun" : given;
		if (inMask(start, end) || found.some((other) => start < other.end && other.start < end)) return;
		const text = sentence.slice(start, end);
		const before = sentence.slice(Math.max(0, start - 80), start);
		const window = sentence.slice(start, Math.min(sentence.length, end + 60));
		const clauseBefore = before.split(/[,;:—–]\s*(?=\S)/).at(-1) ?? before;
		let status: TriggerStatus = "held";
		// "A is expected to call B, C and D after his conversation with E": the plan reaches across the list.
		const afterPlan =
			kind === "noun" &&
			AFTER_POSSESSIVE.test(before) &&
			PLANNED_IN_CLAUSE.test(
				sentence
					.slice(0, start)
					.split(/[;:—–]/)
					.at(-1) ?? "",
			);
		if (NEGATION.test(clauseBefore) || /^\s*no\s/i.test(text)) status = "negated";
		else if (CANCELLED.test(sentence)) status = "cancelled";
		else if (
			afterPlan ||
			PLANNED.test(before) ||
			PLANNED_IN_CLAUSE.test(clauseBefore) ||
			ON_AGENDA.test(sentence.slice(0, start)) ||
			(/^(?:meet|hold|have|talk|speak|host|receive|pay)\b/i.test(text) &&
				/\bto\s*$/i.test(before) &&
				!/\b(?:pleased|happy|glad|delighted|honou?red|good|great|privileged|an?\s+(?:[\w-]+\s+)?(?:pleasure|honou?r))\s+to\s*$/i.test(
					before,
				))
		)
			status = "planned";
		const definite =
			kind === "noun" && DEFINITE_BEFORE.test(before) && !/\btheir\s+(?:[\w-]+\s+){0,2}$/i.test(before);
		const together =
			/\bjoined\s+by$/i.test(text) ||
			TOGETHER.test(window) ||
			TOGETHER.test(text) ||
			/^\s*(?:[\w-]+\s+){0,6}?between\b/i.test(sentence.slice(end, end + 60));
		// "held a warm conversation" says no more of the medium than "spoke with" (a later "the call" settles it).
		const generic = vague || /\bconversations?$/i.test(text);
		found.push({ start, end, text, kind, definite, together, vague: generic, status });
	};
	JOINS.lastIndex = 0;
	for (let match = JOINS.exec(sentence); match; match = JOINS.exec(sentence)) {
		const start = match.index;
		const end = start + match[0].length;
		if (inMask(start, end)) continue;
		const before = sentence.slice(Math.max(0, start - 80), start);
		found.push({
			start,
			end,
			text: match[0],
			kind: "verb",
			definite: false,
			together: true,
			vague: false,
			status: NEGATION.test(before) ? "negated" : "held",
			joins: true,
		});
	}
	for (const { pattern, vague } of VERB_PATTERNS) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
			add(match.index, match.index + match[0].length, "verb", Boolean(vague));
		}
	}
	NOUN_PATTERN.lastIndex = 0;
	for (let match = NOUN_PATTERN.exec(sentence); match; match = NOUN_PATTERN.exec(sentence)) {
		const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 12);
		if (/^calls?$/i.test(match[0]) && /^\s+(?:for|on)\b/i.test(after)) continue;
		// "importance to talks and cooperation", "support for dialogue": talks in general, not a meeting.
		if (GENERIC_BEFORE.test(sentence.slice(Math.max(0, match.index - 30), match.index))) continue;
		add(match.index, match.index + match[0].length, "noun", false);
	}
	const joinedBy = JOINED_BY.exec(sentence);
	if (found.length === 0 && joinedBy && DISCUSSED.test(sentence.slice(joinedBy.index))) {
		const start = joinedBy.index + joinedBy[0].indexOf("joined");
		const end = joinedBy.index + joinedBy[0].length;
		if (!inMask(start, end))
			found.push({
				start,
				end,
				text: sentence.slice(start, end),
				kind: "verb",
				definite: false,
				together: true,
				vague: false,
				status: PLANNED.test(sentence.slice(Math.max(0, start - 80), start)) ? "planned" : "held",
			});
	}
	// A sentence with no other meeting phrase of theirs ("the talks between C and D" are others'): "A and B
	// discussed ..." reports their meeting.
	const others = found.every((trigger) => trigger.kind === "noun" && trigger.together);
	const pair = others ? PAIR_DISCUSSED.exec(sentence) : null;
	if (pair && !inMask(pair.index, pair.index + pair[0].length)) {
		add(pair.index, pair.index + pair[0].length, "verb", false);
		const last = found.at(-1);
		if (last) last.discussed = true;
	}
	return found.sort((a, b) => a.start - b.start);
}

/** Whether the words after a trigger add a party to it: "met B, joined by C" is one meeting of three. */
export function joinedByIn(text: string): "in_person" | "remote" | undefined {
	const match = JOINED_BY.exec(text);
	if (!match) return undefined;
	// "..., joined later by C via video link": C took part remotely.
	return /\b(?:video|virtually|remotely|online)\b/i.test(text.slice(match.index)) ? "remote" : "in_person";
}
