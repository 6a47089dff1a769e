import {
	AT_BODY_BEFORE,
	BETWEEN_AFTER,
	BETWEEN_GAP,
	CLAUSE_OPENER,
	FOREIGN_MINISTRY,
	PARTIES_END,
	REPORTED_THAT,
	SECOND_VERB_LINK,
	SUBORDINATOR,
} from "../../vocabulary/clauses.js";
import { countryOf } from "../countries.js";
import type { Party } from "../draft.js";
import type { Mention } from "../mentions.js";
import { dedupe, groupParties, resolveMention } from "../parties.js";
import { joinedByIn, type Trigger } from "../triggers.js";
import type { ExtractionState, SentenceReading } from "./state.js";

/** Who a trigger's meeting is between, and the stretch of the sentence that belongs to the trigger. */
export interface TriggerParties {
	/** Where the trigger's clause starts: the end of the trigger before it, or the sentence's start. */
	from: number;
	/** Where the next trigger starts, or the sentence's end. */
	to: number;
	/** Where the parties after the trigger end (before a relative clause or a cited source). */
	partiesTo: number;
	/** The parties named before the trigger (its subject). */
	before: Party[];
	/** The parties named after the trigger (its objects). */
	after: Party[];
	/** The meetings the trigger reports, each with its parties ("A met B and C": two). */
	groups: Party[][];
	/** "A met B, joined by C": C takes part in person or remotely. */
	joined: "in_person" | "remote" | undefined;
	/** The subject is a group ("the two", "they") that stands for the last meeting's parties. */
	byGroup: boolean;
}

/**
 * Stage 4, reference resolution: turns the mentions around a trigger into parties — surnames and full names to
 * the people of the text, "the minister" and "his Chinese counterpart" to the titled person, "he"/"she" to the
 * person the text follows, "the two"/"both sides" to the last meeting's parties — and groups them into meetings.
 * @example resolveParties(state, reading, 0).groups.length; // 2 for "A met B and C"
 */
export function resolveParties(
	state: ExtractionState,
	reading: SentenceReading,
	index: number,
): TriggerParties {
	const { triggers, mentions, sentence, subject } = reading;
	const trigger = triggers[index];
	if (!trigger) throw new RangeError(`no trigger ${index} in the sentence`);
	const joining = new Set(reading.joiners.values());
	const from = index === 0 ? 0 : (triggers[index - 1]?.end ?? 0);
	const to = triggers[index + 1]?.start ?? sentence.text.length;
	const cut = PARTIES_END.exec(sentence.text.slice(trigger.end, to));
	const partiesTo = cut ? trigger.end + cut.index : to;
	const resolve = (mention: Mention, side: "before" | "after"): Party[] => {
		if (mention.kind === "group") {
			// "A and B told reporters that they had agreed": "they" is the people just named, else the last meeting's;
			// "C's remarks came after A told B during their talks": the people named in the group's clause.
			const clause = lastMatchEnd(SUBORDINATOR, sentence.text.slice(0, mention.start), 0);
			const named = mentions.filter(
				(other) => other.kind === "person" && other.start >= clause && other.end <= mention.start,
			);
			if (named.length >= 2)
				return named.flatMap((other) =>
					other.kind === "person" ? [{ kind: "person" as const, person: other.person }] : [],
				);
		}
		// "A travelled to Cairo, where he met B": he is the sentence's subject when it has one before him, else
		// the first person named before him ("the first time A has met B since he hosted C").
		const named = subject ?? mentions.find((other) => other.kind === "person" && other.end <= mention.start);
		const pronounSubject =
			named?.kind === "person" && named.end <= mention.start ? named.person : state.lastSubject;
		// "The minister met B": the subject is nobody the sentence names after the verb.
		const others =
			side === "before"
				? mentions.flatMap((other) =>
						other.kind === "person" && other.start >= trigger.end ? [other.person] : [],
					)
				: [];
		return resolveMention(
			mention,
			side,
			trigger,
			sentence.text,
			state.book,
			state.lastMeeting,
			pronounSubject,
			others,
		);
	};
	// "A has met B since he hosted C": the subject of "hosted" is in its own clause.
	const clauseStart = Math.max(
		lastMatchEnd(CLAUSE_OPENER, sentence.text.slice(from, trigger.start), from),
		lastMatchEnd(REPORTED_THAT, sentence.text.slice(from, trigger.start), from),
	);
	const beforeMentions = mentions.filter(
		(mention) => mention.start >= clauseStart && mention.end <= trigger.start && !joining.has(mention),
	);
	const closest = beforeMentions.at(-1);
	// "their discussions": a possessive group right before a noun is the whole subject of that noun.
	const subjectMentions = trigger.kind === "noun" && closest?.kind === "group" ? [closest] : beforeMentions;
	let before = subjectMentions.flatMap((mention) => resolve(mention, "before"));
	// "A met B ..., and later held talks with C": a second verb of the same subject.
	const coordinated =
		index > 0 && trigger.kind === "verb" && SECOND_VERB_LINK.test(sentence.text.slice(from, trigger.start));
	if (coordinated && subject?.kind === "person") before = [{ kind: "person", person: subject.person }];
	// A group ("the two", "they") is a subject: after the trigger it refers to the parties just named, except
	// right after "between" a new meeting ("a telephone conversation between the two"; "the meeting between the
	// two" is the one already reported).
	const between = (mention: Mention) =>
		mention.kind === "group" &&
		!trigger.definite &&
		BETWEEN_GAP.test(sentence.text.slice(trigger.end, mention.start));
	let after = mentions
		.filter(
			(mention) =>
				mention.start >= trigger.end &&
				mention.end <= partiesTo &&
				(mention.kind !== "group" || between(mention)) &&
				!joining.has(mention) &&
				!(
					mention.kind === "delegation" &&
					AT_BODY_BEFORE.test(sentence.text.slice(Math.max(0, mention.start - 80), mention.start))
				),
		)
		.flatMap((mention) => resolve(mention, "after"));
	// The group stands for the last meeting's parties (not for two people named earlier in the sentence).
	const byGroup =
		closest?.kind === "group" &&
		mentions.filter((mention) => mention.kind === "person" && mention.end <= (closest?.start ?? 0)).length <
			2;
	// "The Prime Minister updated the President on this afternoon's meeting between France, Germany and the UK": a
	// definite meeting noun with its parties after "between" names them all; who speaks of it takes no part.
	if (trigger.definite && after.length >= 2 && BETWEEN_AFTER.test(sentence.text.slice(trigger.end)))
		before = [];
	if (before.length === 0 && trigger.kind === "verb") {
		const { pronounFirst } = reading;
		if (pronounFirst && state.lastSubject && (!subject || pronounFirst.start < subject.start))
			before = [{ kind: "person", person: state.lastSubject }];
		else if (subject?.kind === "person") before = [{ kind: "person", person: subject.person }];
	}
	// "The Foreign Ministry summoned A", "A was summoned to the Russian Foreign Ministry": the host country's.
	const host = summoningHost(state, reading, trigger, dedupe([...before, ...after]));
	if (host && before.length > 0) after = [...after, host];
	else if (host) before = [host];
	// "A met B, joined by C": C takes part in the same meeting, so it is one meeting of three.
	const joined = joinedByIn(sentence.text.slice(trigger.end, partiesTo));
	// "was received by A, together with B, and C": the hosts receive the guest together.
	const alongside = TOGETHER_WITH.test(sentence.text.slice(trigger.end, partiesTo));
	const groups = groupParties(
		dedupe(before),
		dedupe(after),
		joined || alongside ? { ...trigger, together: true } : trigger,
	);
	return { from, to, partiesTo, before, after, groups, joined, byGroup };
}

/**
 * The foreign ministry that summoned the one person a summoning names, as a party: of the country it is qualified
 * by, else of the place the sentence names ("at the Japanese Embassy in Seoul") or the text is in.
 */
function summoningHost(
	state: ExtractionState,
	reading: SentenceReading,
	trigger: Trigger,
	parties: Party[],
): Party | undefined {
	const [party] = parties;
	if (parties.length !== 1 || party?.kind !== "person" || !/^summon/i.test(trigger.text)) return undefined;
	const ministry = FOREIGN_MINISTRY.exec(reading.sentence.text);
	if (!ministry) return undefined;
	const own = party.person.country;
	const named = ministry[1] ? countryOf(ministry[1]) : undefined;
	const country =
		named ??
		reading.places.find((phrase) => phrase.place.country && phrase.place.country !== own)?.place.country ??
		state.contextPlace?.country;
	return country && country !== own
		? { kind: "delegation", country, description: "Foreign Ministry" }
		: undefined;
}

const TOGETHER_WITH = /,\s*(?:together|along)\s+with\b/i;

/** Where the last match of a global pattern in `text` ends, offset by `offset`; `offset` when none matches. */
function lastMatchEnd(pattern: RegExp, text: string, offset: number): number {
	let end = offset;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text))
		end = offset + match.index + match[0].length;
	return end;
}
