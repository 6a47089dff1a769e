import {
	type FuzzyDate,
	formatsCompatible,
	type MeetingFormat,
	type MeetingIdentity,
	type Place,
	datesCompatible as reportedDatesCompatible,
} from "@sidelines/domain";
import type { Mention } from "./mentions.js";
import type { PersonRef } from "./people.js";
import type { Evidence, MeetingProposal } from "./proposal.js";
import { officeKind } from "./titles.js";

/** A party while a text is read: a person of the text or a country's delegation. */
export type Party =
	| { kind: "person"; person: PersonRef }
	| { kind: "delegation"; country: string; description: string };

/** A meeting while a text is read, before it becomes a proposal: the proposal's facts with the text's parties. */
export interface Draft extends Omit<MeetingProposal, "participants"> {
	parties: Party[];
	/** The text gave a date phrase too vague for a month ("last week"): nothing is inherited. */
	vagueDate: boolean;
	inherited: boolean;
	placeInherited?: boolean;
	/** A weekday the text names but cannot resolve without a publication day ("friday"): another is another meeting. */
	unresolvedDay?: string;
}

/** The identity of a party within one text. */
export const partyKey = (party: Party) =>
	party.kind === "person" ? party.person.key : `delegation:${party.country}`;

const keySet = (parties: Party[]) => parties.map(partyKey).sort().join("|");

/** Within one text a meeting reported without a date can be any of its reports; dated reports use the domain's rule. */
function datesCompatible(a: FuzzyDate | null, b: FuzzyDate | null): boolean {
	if (!a || !b) return true;
	const report = (date: FuzzyDate): MeetingIdentity => ({
		participants: [],
		date,
		zone: "text",
		format: "unknown",
		status: "held",
	});
	return reportedDatesCompatible(report(a), report(b));
}

const placesCompatible = (a: Draft, b: Draft) =>
	!a.place ||
	!b.place ||
	a.placeInherited === true ||
	b.placeInherited === true ||
	a.place.country === b.place.country;

/** Merges a candidate into the meeting of the same parties it can be (compatible format, date and place); returns it. */
export function mergeInto(drafts: Draft[], candidate: Draft): Draft | undefined {
	upgradeDelegations(drafts, candidate);
	nameCounterparts(drafts, candidate);
	const key = keySet(candidate.parties);
	for (let index = drafts.length - 1; index >= 0; index--) {
		const draft = drafts[index];
		if (!draft || keySet(draft.parties) !== key || draft.status !== candidate.status) continue;
		// An inherited day is a guess, but a report of another year or month is another meeting.
		if (
			!formatsCompatible(draft.format, candidate.format) ||
			!datesCompatible(draft.date, candidate.date) ||
			!placesCompatible(draft, candidate) ||
			(draft.unresolvedDay !== undefined &&
				candidate.unresolvedDay !== undefined &&
				draft.unresolvedDay !== candidate.unresolvedDay)
		)
			continue;
		if (candidate.date && (!draft.date || draft.inherited || moreExact(candidate.date, draft.date))) {
			draft.date = candidate.date;
			draft.inherited = false;
		}
		if (draft.format === "unknown") draft.format = candidate.format;
		if (
			candidate.place &&
			(!draft.place || draft.placeInherited || (!draft.place.city && candidate.place.city))
		) {
			draft.place = candidate.place;
			draft.placeInherited = false;
		}
		if (candidate.duration && !draft.duration) draft.duration = candidate.duration;
		if (candidate.occasion && !draft.occasion) draft.occasion = candidate.occasion;
		for (const evidence of candidate.evidence) addEvidence(draft, evidence);
		draft.confidence = Math.min(0.98, Math.max(draft.confidence, candidate.confidence) + 0.05);
		return draft;
	}
	return undefined;
}

const COUNTERPARTS = /\bcounterparts?\b/i;

/**
 * "accepted the credentials of the ambassadors of A and B. ... of A, Anna Tamm": a meeting reported with a
 * country's delegation becomes the meeting with the person of that country named later.
 */
function upgradeDelegations(drafts: Draft[], candidate: Draft): void {
	const people = candidate.parties.flatMap((party) =>
		party.kind === "person" && party.person.country ? [party.person] : [],
	);
	for (const person of people) {
		const others = keySet(
			candidate.parties.filter((party) => party.kind !== "person" || party.person !== person),
		);
		for (const draft of drafts) {
			if (draft.status !== candidate.status) continue;
			// Only the person of the office the delegation was described by ("ambassadors" -> an ambassador).
			const role = (person.title ?? "").toLowerCase();
			const index = draft.parties.findIndex(
				(party) =>
					party.kind === "delegation" &&
					party.country === person.country &&
					// "his counterparts from A and B": the one of A who holds the office he holds, or who has no other.
					((COUNTERPARTS.test(party.description) && counterpartOf(person, candidate)) ||
						(role !== "" &&
							(party.description.toLowerCase().replace(/s\b/g, "").includes(role.replace(/s\b/g, "")) ||
								sameOffice(party.description, person)))),
			);
			if (index < 0) continue;
			const rest = keySet(draft.parties.filter((_, at) => at !== index));
			if (rest === others) draft.parties[index] = { kind: "person", person };
		}
	}
}

/**
 * "A met Ana Roux of France on Friday. ... 'my first meeting with my French counterpart'": a counterpart reported
 * by country only is the person of that country the same side was already reported meeting, when they can be.
 */
function nameCounterparts(drafts: Draft[], candidate: Draft): void {
	candidate.parties.forEach((party, at) => {
		if (party.kind !== "delegation" || !COUNTERPARTS.test(party.description)) return;
		const others = keySet(candidate.parties.filter((_, index) => index !== at));
		for (let index = drafts.length - 1; index >= 0; index--) {
			const draft = drafts[index];
			if (!draft || draft.status !== candidate.status || !datesCompatible(draft.date, candidate.date))
				continue;
			const ofCountry = draft.parties.filter(
				(other) => other.kind === "person" && other.person.country === party.country,
			);
			const [named] = ofCountry;
			if (ofCountry.length !== 1 || !named || named.kind !== "person") continue;
			if (keySet(draft.parties.filter((other) => other !== named)) !== others) continue;
			if (!counterpartOf(named.person, candidate)) continue;
			candidate.parties[at] = named;
			return;
		}
	});
}

/** Whether a person named later can be the counterpart a meeting was reported with: no other office, or the other side's. */
function counterpartOf(person: PersonRef, candidate: Draft): boolean {
	if (!person.title && !person.kind) return true;
	const kind = person.kind ?? officeKind(person.title ?? "");
	return candidate.parties.some(
		(party) =>
			party.kind === "person" &&
			party.person !== person &&
			kind !== "other" &&
			(party.person.kind ?? officeKind(party.person.title ?? "")) === kind,
	);
}

/**
 * "the Foreign Ministers of A and B" and a "Minister of Foreign Affairs" of A: one office in other words; bare
 * "the Ministers of A and B" covers any minister of A, and "diplomats of A and B" its foreign minister or envoys.
 */
function sameOffice(description: string, person: PersonRef): boolean {
	const kind = officeKind(description.replace(/s\b/g, ""));
	const personKind = person.kind ?? officeKind(person.title ?? "");
	// "top diplomats of A and B": a country's diplomat at such talks is its foreign minister or an envoy.
	if (/\bdiplomats?\b/i.test(description))
		return personKind === "foreign-minister" || personKind === "ambassador" || personKind === "envoy";
	if (kind === "minister") return personKind === "minister" || personKind === "foreign-minister";
	return kind !== "other" && kind === personKind;
}

const RANK = { year: 0, month: 1, day: 2 } as const;
const moreExact = (a: FuzzyDate, b: FuzzyDate) => RANK[a.precision] > RANK[b.precision];

/** A meeting reported without its own date or place takes them from the one reported just before it. */
export function inherit(
	candidate: Draft,
	lastMeeting: Draft | undefined,
	contextPlace: Place | undefined,
): void {
	const inPerson = candidate.format === "in_person" || candidate.format === "hybrid";
	if (candidate.status !== "held") return;
	const previous = lastMeeting?.status === "held" ? lastMeeting : undefined;
	if (!candidate.date && !candidate.vagueDate && previous?.date) {
		candidate.date = previous.date;
		candidate.inherited = true;
	}
	// "He met A in Jeddah on July 17. He visited both A and C last year": a meeting of another month or year is not
	// where the story is (another day of the same trip may well be); only a meeting of its own time places it.
	const ownTime = candidate.date !== null && candidate.date.precision !== "day" && !candidate.inherited;
	const sameTime = previous?.date ? datesCompatible(candidate.date, previous.date) : false;
	if (inPerson && !candidate.place && !(ownTime && !sameTime)) {
		const previousInPerson =
			previous && (previous.format === "in_person" || previous.format === "hybrid") ? previous : undefined;
		const place = previousInPerson?.place ?? (ownTime ? undefined : contextPlace);
		if (place) {
			candidate.place = place;
			candidate.placeInherited = true;
		}
		if (!candidate.occasion && previousInPerson?.occasion && place === previousInPerson.place)
			candidate.occasion = previousInPerson.occasion;
	}
}

/** The most recent meeting that has all these parties (a reference such as "the call with X"), or the last one. */
export function findExisting(
	drafts: Draft[],
	parties: Party[],
	lastMeeting: Draft | undefined,
	format: MeetingFormat,
): Draft | undefined {
	if (parties.length === 0) return lastMeeting;
	const keys = parties.map(partyKey);
	for (let index = drafts.length - 1; index >= 0; index--) {
		const draft = drafts[index];
		if (!draft) continue;
		const draftKeys = draft.parties.map(partyKey);
		if (keys.every((key) => draftKeys.includes(key)) && formatsCompatible(draft.format, format)) return draft;
	}
	return undefined;
}

/** The meeting a sentence without a trigger talks about ("The two discussed ..."), if any. */
export function topicTarget(mentions: Mention[], lastMeeting: Draft | undefined): Draft[] {
	if (!lastMeeting) return [];
	const keys = lastMeeting.parties.map(partyKey);
	const people = mentions.filter((mention) => mention.kind === "person");
	const group = mentions.some((mention) => mention.kind === "group");
	if (
		group ||
		(people.length > 0 &&
			people.every((mention) => mention.kind === "person" && keys.includes(mention.person.key)))
	)
		return [lastMeeting];
	return [];
}

/**
 * "Monday's meeting" after a meeting of the same parties dated Thursday: a day printed right beside a definite
 * noun that differs from the day of the meeting it would refer to names another meeting.
 */
export function onAnotherDay(
	target: Draft | undefined,
	phrase: { start: number; end: number; date: FuzzyDate | null } | undefined,
	trigger: { start: number; end: number },
): boolean {
	if (!target?.date || target.inherited || target.date.precision !== "day") return false;
	if (phrase?.date?.precision !== "day") return false;
	const beside =
		(phrase.end <= trigger.start && trigger.start - phrase.end <= 12) ||
		(phrase.start >= trigger.end && phrase.start - trigger.end <= 30);
	const { year, month, day } = phrase.date;
	return beside && (year !== target.date.year || month !== target.date.month || day !== target.date.day);
}

/** Adds a sentence span to a meeting's evidence once. */
export function addEvidence(draft: Draft, evidence: Evidence): void {
	if (!draft.evidence.some((existing) => existing.start === evidence.start)) draft.evidence.push(evidence);
}
