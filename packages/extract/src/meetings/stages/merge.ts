import type { FuzzyDate } from "@sidelines/domain";
import {
	ACROSS_PLACES,
	ANOTHER_MEETING,
	OF_BOTH_COUNTRIES,
	PRESENT_MEETING,
	TOOK_PLACE_AFTER,
} from "../../vocabulary/clauses.js";
import { dayDate, WEEKDAYS } from "../dates.js";
import { addEvidence, type Draft, findExisting, inherit, mergeInto, onAnotherDay } from "../draft.js";
import { dedupe, resolveMention } from "../parties.js";
import { confidenceFor } from "../to-proposal.js";
import type { Trigger } from "../triggers.js";
import { acrossPlacesWarning, droppedMeetingWarning } from "../warnings.js";
import { type MeetingFrame, resolveDate } from "./frames.js";
import type { TriggerParties } from "./references.js";
import type { ExtractionState, SentenceReading } from "./state.js";

/**
 * Stage 6, merge: puts one framed trigger into the state. A new meeting joins the one of the same parties it can
 * be, or is added with the date and place of the meeting before it; a reference ("the talks took place in ...")
 * completes the meeting it refers to; a meeting with one party is dropped with a warning, or opens a list whose
 * numbered items name the counterparts.
 * @example recordMeeting(state, reading, parties, frame); state.drafts.length; // one more for "A met B"
 */
export function recordMeeting(
	state: ExtractionState,
	reading: SentenceReading,
	parties: TriggerParties,
	frame: MeetingFrame,
): void {
	const { trigger } = frame;
	const { before, after, groups } = parties;
	// "envoys met officials in each of the three capitals": talks over several places are no one meeting.
	if (ACROSS_PLACES.test(reading.sentence.text.slice(trigger.end))) {
		state.warnings.push(acrossPlacesWarning([reading.evidence]));
		return;
	}
	// "The meeting between A and B lasted three hours": a definite noun with its own named parties introduces it.
	const explicit = trigger.definite && trigger.together && after.length >= 2 && before.length === 0;
	// "Those talks came after a previous meeting between envoys of both countries in 2019": another meeting.
	if (trigger.kind === "noun" && ANOTHER_MEETING.test(reading.sentence.text.slice(0, trigger.start))) {
		if (OF_BOTH_COUNTRIES.test(reading.sentence.text.slice(trigger.end)))
			addMeeting(state, reading, delegationsOf(reading.touched.at(-1) ?? state.lastMeeting), parties, frame);
		else for (const group of groups) addMeeting(state, reading, group, parties, frame);
		return;
	}
	// "Monday's meeting" beside another day than the meeting it would refer to: a meeting of its own.
	const ownDay =
		groups.length > 0 &&
		trigger.definite &&
		onAnotherDay(
			findExisting(state.drafts, dedupe([...before, ...after]), state.lastMeeting, frame.format),
			frame.datePhrase,
			trigger,
		);
	if (groups.length === 0 || (trigger.definite && !explicit && !ownDay))
		referTo(state, reading, parties, frame);
	else for (const group of groups) addMeeting(state, reading, group, parties, frame);
}

/** "The talks took place at the Egmont Palace": a trigger that refers to a meeting completes it, if it is there. */
function referTo(
	state: ExtractionState,
	reading: SentenceReading,
	{ before, after }: TriggerParties,
	{ trigger, datePhrase, format, placePhrase, duration, occasion }: MeetingFrame,
): void {
	const parties = dedupe([...before, ...after]);
	const target = findExisting(state.drafts, parties, state.lastMeeting, format);
	if (target) {
		if (duration && !target.duration) target.duration = duration;
		// "hosted X for a working dinner in Dublin last night": an indefinite noun completes the meeting,
		// and so does "The talks took place at the Egmont Palace in Brussels" (a definite one that says where).
		const situates =
			trigger.definite && TOOK_PLACE_AFTER.test(reading.sentence.text.slice(trigger.end, trigger.end + 40));
		// "a meeting is to follow in Quito in May": a plan completes no meeting that was held.
		if ((!trigger.definite || situates) && target.status === "held" && trigger.status === "held") {
			const date = resolveDate(datePhrase, state.lastMeeting, state.contextDay);
			if (date && (!target.date || target.inherited)) {
				target.date = date;
				target.inherited = false;
			}
			if (
				placePhrase &&
				(!target.place || target.placeInherited) &&
				(target.format === "in_person" || target.format === "hybrid")
			) {
				target.place = placePhrase.place;
				target.placeInherited = false;
			}
		}
		if (target.format === "unknown" && format !== "unknown" && trigger.status === target.status)
			target.format = format;
		addEvidence(target, reading.evidence);
		reading.touched.push(target);
		// "The Berg-Rojas meeting took place in ...": what comes next refers to the meeting just named.
		state.lastMeeting = target;
	} else if (trigger.kind === "verb" && parties.length > 0) {
		const warning = droppedMeetingWarning(parties, [reading.evidence]);
		state.warnings.push(warning);
		const party = parties[0];
		if (party && parties.length === 1 && after.length === 0 && trigger.status === "held")
			state.listHead = {
				party,
				trigger,
				fields: {
					date: resolveDate(datePhrase, state.lastMeeting, state.contextDay),
					vagueDate: false,
					format,
					...(placePhrase ? { place: placePhrase.place } : {}),
					...(occasion ? { occasion } : {}),
				},
				warning,
			};
	}
}

/** A meeting the trigger reports with these parties: merged into the same meeting reported before, or added. */
function addMeeting(
	state: ExtractionState,
	reading: SentenceReading,
	parties: Draft["parties"],
	{ byGroup, before }: TriggerParties,
	{ trigger, future, datePhrase, format, placePhrase, duration, occasion }: MeetingFrame,
): void {
	const { lastMeeting, contextPlace } = state;
	const candidate: Draft = {
		status: trigger.status === "cancelled" ? "cancelled" : future ? "planned" : "held",
		parties,
		date: resolveDate(datePhrase, lastMeeting, state.contextDay),
		vagueDate: datePhrase !== undefined && datePhrase.date === null && datePhrase.relativeDays === undefined,
		inherited: false,
		format,
		topics: [],
		evidence: [reading.evidence],
		confidence: confidenceFor(trigger, parties, datePhrase !== undefined),
	};
	// "tomorrow's meeting": a meeting dated after the publication day has not taken place yet.
	if (
		candidate.status === "held" &&
		candidate.date &&
		state.isoDay &&
		laterThan(candidate.date, state.isoDay)
	)
		candidate.status = "planned";
	// "a call on Monday ... had called him on Friday", with no publication day: two calls, not one.
	const weekday = datePhrase?.unresolved
		? WEEKDAYS.find((day) =>
				reading.sentence.text.slice(datePhrase.start, datePhrase.end).toLowerCase().includes(day),
			)
		: undefined;
	if (weekday) candidate.unresolvedDay = weekday;
	if (duration) candidate.duration = duration;
	if (placePhrase) candidate.place = placePhrase.place;
	// "PUTRAJAYA: ... during his visit to Malaysia": the city the story is told from, in that country.
	if (
		candidate.place &&
		!candidate.place.city &&
		contextPlace?.city &&
		contextPlace.country === candidate.place.country
	)
		candidate.place = contextPlace;
	if (occasion && format !== "phone" && format !== "video") candidate.occasion = occasion;
	const merged = mergeInto(state.drafts, candidate);
	if (merged) {
		state.lastMeeting = merged;
		reading.touched.push(merged);
		return;
	}
	// "their discussions", "the two leaders' encounter": a noun that refers back makes no new meeting
	// unless it brings a date or place of its own ("their meeting in Bali in November 2022").
	const ownAfter = (phrase?: { start: number }) => phrase !== undefined && phrase.start >= trigger.end;
	if (trigger.kind === "noun" && byGroup && !ownAfter(datePhrase) && !ownAfter(placePhrase)) return;
	// "the two ministers connected by video link with C": the pair stays together in person, C joins by video.
	if (
		candidate.format === "video" &&
		byGroup &&
		lastMeeting?.format === "in_person" &&
		lastMeeting.parties.every((party) => candidate.parties.includes(party))
	) {
		candidate.format = "hybrid";
	}
	// "It is the first meeting between A and B": a held meeting told in the present is under way on the publication day.
	if (
		!candidate.date &&
		!datePhrase &&
		candidate.status === "held" &&
		state.day &&
		PRESENT_MEETING.test(reading.sentence.text.slice(0, trigger.start))
	)
		candidate.date = dayDate(state.day);
	inherit(candidate, lastMeeting, contextPlace);
	// "A travelled to Oslo on March 12. She met B ...": the day named just before dates the meeting.
	if (!candidate.date && !candidate.vagueDate && candidate.status === "held" && state.previousDay) {
		candidate.date = state.previousDay;
		candidate.inherited = true;
	}
	// "since he hosted B in 2018": a host receives at home, unless the text says where (a guess, like an inherited place).
	const host = before[0];
	if (
		!candidate.place &&
		candidate.status === "held" &&
		candidate.format === "in_person" &&
		/^host/i.test(trigger.text) &&
		host?.kind === "person" &&
		host.person.country
	) {
		candidate.place = { country: host.person.country };
		candidate.placeInherited = true;
	}
	state.drafts.push(candidate);
	state.lastMeeting = candidate;
	reading.touched.push(candidate);
}

/**
 * "..., with C joining by video link": C is added to the meeting this sentence (or the one before) reported,
 * which becomes hybrid.
 */
export function joinMeeting(state: ExtractionState, reading: SentenceReading, trigger: Trigger): void {
	const joiner = reading.joiners.get(trigger);
	const target = reading.touched.at(-1) ?? state.lastMeeting;
	if (!joiner || !target || target.status !== "held") return;
	const { subject } = reading;
	const pronounSubject =
		subject?.kind === "person" && subject.end <= joiner.start ? subject.person : state.lastSubject;
	const parties = resolveMention(
		joiner,
		"before",
		trigger,
		reading.sentence.text,
		state.book,
		state.lastMeeting,
		pronounSubject,
	);
	target.parties = dedupe([...target.parties, ...parties]);
	if (target.format === "in_person" || target.format === "unknown") target.format = "hybrid";
	addEvidence(target, reading.evidence);
	if (!reading.touched.includes(target)) reading.touched.push(target);
}

/** Whether a date lies wholly after a day (`YYYY-MM-DD`), at its own precision. */
function laterThan(date: FuzzyDate, day: string): boolean {
	const pad = (value: number) => String(value).padStart(2, "0");
	if (date.month === undefined) return String(date.year) > day.slice(0, 4);
	if (date.day === undefined) return `${date.year}-${pad(date.month)}` > day.slice(0, 7);
	return `${date.year}-${pad(date.month)}-${pad(date.day)}` > day;
}

/** The countries of a meeting's parties as delegations: "the two countries" of the meeting just reported. */
function delegationsOf(meeting: Draft | undefined): Draft["parties"] {
	const countries = new Set(
		(meeting?.parties ?? []).flatMap((party) =>
			party.kind === "delegation" ? [party.country] : party.person.country ? [party.person.country] : [],
		),
	);
	return [...countries].map((country) => ({ kind: "delegation", country, description: "officials" }));
}
