import { findDurations } from "../duration.js";
import { findMentions, type Mention } from "../mentions.js";
import { findOccasions } from "../occasions.js";
import { findPlaces } from "../places.js";
import type { Sentence } from "../sentences.js";
import { findTriggers, type Trigger } from "../triggers.js";
import type { ExtractionState, SentenceReading } from "./state.js";

/**
 * Stage 3, sentence → mentions: the sentence's possible parties (people, delegations, roles, groups, pronouns),
 * the phrases that report meetings, the gatherings, places and durations it names, its subject, and who joins a
 * meeting by video. Reads the state (the people book, the place the story is in); changes nothing in it but the
 * people book.
 * @example readSentence(state, sentence).triggers.map((trigger) => trigger.text); // ["held talks with"]
 */
export function readSentence(state: ExtractionState, sentence: Sentence): SentenceReading {
	const occasions = findOccasions(sentence.text);
	// Words inside an occasion ("a G20 foreign ministers' meeting") name the gathering, not a party.
	const mentions = findMentions(sentence.text, state.book).filter(
		(mention) => !occasions.some((span) => mention.start < span.end && span.start < mention.end),
	);
	const triggers = findTriggers(sentence.text, occasions);
	const places = findPlaces(sentence.text, state.lastMeeting?.place?.country ?? state.contextPlace?.country);
	const firstTrigger = triggers[0]?.start ?? sentence.text.length;
	return {
		sentence,
		evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
		occasions,
		mentions,
		triggers,
		places,
		durations: findDurations(sentence.text),
		subject: mentions.find((mention) => mention.kind === "person" && mention.start < firstTrigger),
		pronounFirst: mentions.find((mention) => mention.kind === "pronoun" && mention.start < firstTrigger),
		joiners: findJoiners(triggers, mentions),
		touched: [],
		draftsBefore: state.drafts.length,
		headBefore: state.listHead,
	};
}

/** "..., with C joining by video link": C joins the meeting just reported and is no party of its verb. */
function findJoiners(triggers: Trigger[], mentions: Mention[]): Map<Trigger, Mention> {
	const joiners = new Map<Trigger, Mention>();
	for (const [index, trigger] of triggers.entries()) {
		if (!trigger.joins) continue;
		const from = index === 0 ? 0 : (triggers[index - 1]?.end ?? 0);
		const joiner = mentions
			.filter((mention) => mention.start >= from && mention.end <= trigger.start && mention.kind !== "group")
			.at(-1);
		if (joiner) joiners.set(trigger, joiner);
	}
	return joiners;
}
