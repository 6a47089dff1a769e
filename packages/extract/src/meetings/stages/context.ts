import type { Place } from "@sidelines/domain";
import { BEING_IN, MAY_NAME_DAY, SUBJECT_VERB_AFTER, TOOK_PLACE, VISIT } from "../../vocabulary/clauses.js";
import { findDates } from "../dates.js";
import { type Draft, topicTarget } from "../draft.js";
import { isListItem } from "../listed-meetings.js";
import type { PlacePhrase } from "../places.js";
import { findTopics } from "../topics.js";
import type { ExtractionState, SentenceReading } from "./state.js";

/**
 * Stage 7, context: after a sentence, what the next ones may refer back to. A sentence without a meeting may still
 * place, time or give the topics of the meetings just reported; then the state moves on — the meetings reported,
 * whether a list stays open, the person followed, the day and the place the text is in.
 * @example carryContext(state, reading); state.contextPlace; // { city: "Oslo", country: "NO" } after "... in Oslo."
 */
export function carryContext(state: ExtractionState, reading: SentenceReading): void {
	const { sentence, triggers, touched, mentions, places, durations, subject } = reading;
	if (sentence.paragraph !== state.paragraph.index)
		state.paragraph = { index: sentence.paragraph, drafts: [] };
	if (triggers.length === 0) situate(state.reported, state.paragraph.drafts, sentence.text, places);
	else if (touched.length > 0) state.reported = touched;
	state.paragraph.drafts.push(...touched);
	// A list lasts until a sentence reports a meeting of its own (site furniture between items does not end it).
	if (
		state.drafts.length > reading.draftsBefore &&
		state.listHead === reading.headBefore &&
		!isListItem(sentence.text)
	)
		state.listHead = undefined;
	const { lastMeeting } = state;
	// "The two officials spent more than two hours ...": a duration of the meeting just reported.
	const spent = durations[0];
	if (
		triggers.length === 0 &&
		spent &&
		lastMeeting &&
		!lastMeeting.duration &&
		topicTarget(mentions, lastMeeting).length > 0
	) {
		lastMeeting.duration = spent.duration;
	}
	const topics = findTopics(sentence.text);
	if (topics.length > 0) {
		const targets = touched.length > 0 ? touched : topicTarget(mentions, lastMeeting);
		for (const target of targets) target.topics = [...new Set([...target.topics, ...topics])].slice(0, 12);
	}
	if (subject?.kind === "person") state.lastSubject = subject.person;
	else if (!reading.pronounFirst) {
		const firstPerson = mentions.find((mention) => mention.kind === "person");
		if (firstPerson?.kind === "person" && triggers.length === 0) state.lastSubject = firstPerson.person;
		else {
			// "Okafor has been in meetings all day. Earlier, he met ...": a surname that opens the sentence as its
			// subject is the person the text follows.
			const opener = mentions[0];
			if (
				opener?.kind === "bare" &&
				opener.start === 0 &&
				!/\s/.test(opener.printed) &&
				SUBJECT_VERB_AFTER.test(sentence.text.slice(opener.end))
			)
				state.lastSubject = state.book.resolveName(opener.printed) ?? state.lastSubject;
		}
	}
	const namedDay = MAY_NAME_DAY.test(sentence.text)
		? findDates(sentence.text, state.day, false).find((phrase) => phrase.date?.precision === "day")
		: undefined;
	if (namedDay?.date) state.contextDay = namedDay.date;
	// "A visited X on July 17. A arrived in Jeddah ... He met B": the day lasts while the sentences between name none.
	if (namedDay?.date || triggers.length > 0) state.previousDay = namedDay?.date ?? undefined;
	const visits = places.filter((phrase) =>
		VISIT.test(sentence.text.slice(Math.max(0, phrase.start - 40), phrase.start + 12)),
	);
	const cityPlace = places.find((phrase) => phrase.place.city);
	if (cityPlace) state.contextPlace = cityPlace.place;
	else {
		// "who is on an official visit in Russia", "leaders have been arriving in Samoa": where the story takes place.
		const visited = visits[0];
		if (visited && visited.place.country !== state.contextPlace?.country) state.contextPlace = visited.place;
	}
	const visitedCity = visits.find((phrase) => phrase.place.city)?.place;
	if (visitedCity) narrowToCity(state.drafts, visitedCity);
}

/**
 * "A met B on a visit to Poland. ... On the same visit to Warsaw, A met C": the city of a visit places the
 * meetings held in person that only had its country.
 */
function narrowToCity(drafts: Draft[], city: Place): void {
	for (const draft of drafts) {
		const inPerson = draft.format === "in_person" || draft.format === "hybrid";
		if (
			draft.status === "held" &&
			inPerson &&
			draft.place &&
			!draft.place.city &&
			draft.place.country === city.country
		)
			draft.place = city;
	}
}

/**
 * "The ceremony took place in the capital": a sentence with no meeting of its own that says where something took
 * place names the city of the meetings just reported, when they had none or only its country; "A and the other
 * ministers are in the Lao capital for ..." names the city of the paragraph's meetings.
 */
function situate(reported: Draft[], paragraph: Draft[], sentence: string, places: PlacePhrase[]): void {
	const phrase = places.find((found) => found.place.city);
	if (!phrase) return;
	const city = phrase.place;
	// "The Geneva summit was hailed ...": the meetings just reported were that gathering, wherever the story is.
	const tookPlace = TOOK_PLACE.test(sentence) || phrase.gathering === true;
	const beingIn = BEING_IN.test(sentence.slice(Math.max(0, phrase.start - 12), phrase.start));
	if (!tookPlace && !beingIn) return;
	for (const draft of tookPlace ? reported : paragraph) {
		if (draft.status !== "held" || (draft.format !== "in_person" && draft.format !== "hybrid")) continue;
		const guessed = phrase.gathering && draft.placeInherited;
		if (draft.place && !guessed && (draft.place.city || draft.place.country !== city.country)) continue;
		draft.place = city;
		draft.placeInherited = false;
	}
}
