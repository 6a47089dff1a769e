import { bodyText, type Diplomat, type FuzzyDate, type MeetingFormat, type Place } from "@sidelines/domain";
import { addDays, type DatePhrase, type Day, dayDate, findDates, publishedDay } from "./dates.js";
import {
	addEvidence,
	type Draft,
	findExisting,
	inherit,
	mergeInto,
	onAnotherDay,
	type Party,
	topicTarget,
} from "./draft.js";
import { findDurations } from "./duration.js";
import { mediumIn, meetingFormat } from "./format.js";
import { knownPlace } from "./gazetteer.js";
import { isListItem, type ListHead, listItemMeeting } from "./listed-meetings.js";
import { findMentions, type Mention } from "./mentions.js";
import { findOccasions } from "./occasions.js";
import { dedupe, groupParties, resolveMention } from "./parties.js";
import { PeopleBook, type PersonRef } from "./people.js";
import { findPlaces, type PlacePhrase } from "./places.js";
import type { Evidence, MeetingProposal } from "./proposal.js";
import { splitSentences } from "./sentences.js";
import { confidenceFor, toProposal } from "./to-proposal.js";
import { findTopics } from "./topics.js";
import { findTriggers, joinedByIn, type Trigger } from "./triggers.js";
import { droppedMeetingWarning, proposalWarnings } from "./warnings.js";

/** What `extractMeetings` reads from an article: its body and publication time. */
export interface ArticleText {
	body: Parameters<typeof bodyText>[0]["body"];
	/** Absent when the page prints no publication time: dates relative to it stay empty. */
	publishedAt?: string | undefined;
}

/** The meetings of an article and why any reported meeting was dropped or a field left empty. */
export interface ExtractionReport {
	meetings: MeetingProposal[];
	/** One line each, naming the person or quoting the sentence ("Modi: nationality not found"). */
	warnings: string[];
}

/** "X said after meeting Y": a reporting verb between a phrase and the trigger puts them in different clauses. */
const REPORTING = /\b(?:said|says|told|added|announced|stated|reported|wrote|tweeted)\b/i;

function nearest<T extends { start: number; end: number }>(
	items: T[],
	trigger: Trigger,
	from: number,
	to: number,
	sentence?: string,
): T | undefined {
	// "..., the agency reported early Tuesday": a phrase beyond a reporting verb dates the report, not the meeting.
	const sameClause = (item: T) =>
		!(
			sentence &&
			((item.end <= trigger.start && REPORTING.test(sentence.slice(item.end, trigger.start))) ||
				(item.start >= trigger.end && REPORTING.test(sentence.slice(trigger.end, item.start))))
		);
	const inside = items.filter((item) => item.start >= from && item.end <= to && sameClause(item));
	const after = inside.filter((item) => item.start >= trigger.end).sort((a, b) => a.start - b.start)[0];
	const before = inside.filter((item) => item.end <= trigger.start).sort((a, b) => b.end - a.end)[0];
	if (after && before) return after.start - trigger.end <= trigger.start - before.end + 20 ? after : before;
	return after ?? before;
}

/**
 * Proposes every meeting an article reports: who met (known diplomats from `registry`, or proposed new ones,
 * or country delegations), when (resolved against the publication day), for how long, in what format, where,
 * on the sidelines of what, about what, whether it was held or is planned, where the text says so, and how sure
 * the extractor is. Speeches, statements, interviews and press conferences alone give no meeting.
 * @param article an article draft or stored article (its body and `publishedAt`).
 * @param registry diplomats already known; matched by every name form before new people are proposed.
 * @example extractMeetings(parsePage(page), materaDiplomats).map((meeting) => meeting.participants.length); // [2, 2, 2, 2]
 */
export function extractMeetings(article: ArticleText, registry: readonly Diplomat[] = []): MeetingProposal[] {
	return extractMeetingsWithWarnings(article, registry).meetings;
}

/**
 * `extractMeetings` with the reasons behind what it leaves out: a meeting dropped because fewer than two parties
 * were identified, a participant whose nationality the text does not give.
 * @example extractMeetingsWithWarnings(article).warnings; // ["Modi: nationality not found"]
 */
export function extractMeetingsWithWarnings(
	article: ArticleText,
	registry: readonly Diplomat[] = [],
): ExtractionReport {
	const text = bodyText({ body: article.body as never });
	const day = article.publishedAt === undefined ? undefined : publishedDay(article.publishedAt);
	// With no publication day, the registry's people are read in their latest office.
	const isoDay = day
		? `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`
		: "";
	const book = new PeopleBook(registry, isoDay);
	const drafts: Draft[] = [];
	const warnings: string[] = [];
	let lastMeeting: Draft | undefined;
	let lastSubject: PersonRef | undefined;
	let listHead: ListHead | undefined;
	// The meetings the last sentence with a trigger reported.
	let reported: Draft[] = [];
	// The meetings the current paragraph reported.
	let paragraph: { index: number; drafts: Draft[] } = { index: -1, drafts: [] };
	const usedHeads: ListHead[] = [];
	// The last day the text named ("On the morning of February 7 ..."): what "the same day" refers to.
	let contextDay: FuzzyDate | undefined;
	let previousDay: FuzzyDate | undefined;
	// A dateline ("BRUSSELS —", "TOKYO (Reuters) -") sets the place the story is told from.
	const datelinePlace = datelineCity(text);
	let contextPlace: Place | undefined = datelinePlace?.city
		? { city: datelinePlace.name, country: datelinePlace.country }
		: undefined;

	for (const sentence of splitSentences(text)) {
		if (sentence.paragraph !== paragraph.index) paragraph = { index: sentence.paragraph, drafts: [] };
		const occasions = findOccasions(sentence.text);
		// Words inside an occasion ("a G20 foreign ministers' meeting") name the gathering, not a party.
		const mentions = findMentions(sentence.text, book).filter(
			(mention) => !occasions.some((span) => mention.start < span.end && span.start < mention.end),
		);
		const triggers = findTriggers(sentence.text, occasions);
		const places = findPlaces(sentence.text, lastMeeting?.place?.country ?? contextPlace?.country);
		const durations = findDurations(sentence.text);
		const firstTrigger = triggers[0]?.start ?? sentence.text.length;
		const sentenceSubject = mentions.find(
			(mention) => mention.kind === "person" && mention.start < firstTrigger,
		);
		const pronounFirst = mentions.find(
			(mention) => mention.kind === "pronoun" && mention.start < firstTrigger,
		);
		const touched: Draft[] = [];
		// A list lasts until a sentence reports a meeting of its own (site furniture between items does not end it).
		const draftsBefore = drafts.length;
		const headBefore = listHead;
		if (listHead && triggers.length === 0 && isListItem(sentence.text)) {
			const item = listItemMeeting(
				listHead,
				mentions,
				{
					start: sentence.start,
					end: sentence.end,
					text: sentence.text,
				},
				book,
			);
			if (item) {
				if (!usedHeads.includes(listHead)) usedHeads.push(listHead);
				if (!item.place && (item.format === "in_person" || item.format === "hybrid") && contextPlace) {
					item.place = contextPlace;
					item.placeInherited = true;
				}
				drafts.push(item);
				lastMeeting = item;
				touched.push(item);
			}
		}
		// "..., with C joining by video link": C joins the meeting just reported and is no party of its verb.
		const joiners = new Map<Trigger, Mention>();
		for (const [index, trigger] of triggers.entries()) {
			if (!trigger.joins) continue;
			const from = index === 0 ? 0 : (triggers[index - 1]?.end ?? 0);
			const joiner = mentions
				.filter(
					(mention) => mention.start >= from && mention.end <= trigger.start && mention.kind !== "group",
				)
				.at(-1);
			if (joiner) joiners.set(trigger, joiner);
		}
		const joining = new Set(joiners.values());

		triggers.forEach((trigger, index) => {
			if (trigger.status === "negated") return;
			if (trigger.joins) {
				const joiner = joiners.get(trigger);
				const target = touched.at(-1) ?? lastMeeting;
				if (!joiner || !target || target.status !== "held") return;
				const subject =
					sentenceSubject?.kind === "person" && sentenceSubject.end <= joiner.start
						? sentenceSubject.person
						: lastSubject;
				const parties = resolveMention(joiner, "before", trigger, sentence.text, book, lastMeeting, subject);
				target.parties = dedupe([...target.parties, ...parties]);
				if (target.format === "in_person" || target.format === "unknown") target.format = "hybrid";
				addEvidence(target, { start: sentence.start, end: sentence.end, text: sentence.text });
				if (!touched.includes(target)) touched.push(target);
				return;
			}
			const from = index === 0 ? 0 : (triggers[index - 1]?.end ?? 0);
			const next = triggers[index + 1]?.start ?? sentence.text.length;
			// A relative clause ("..., which UN officials said ...") names no party, though it may say how long or where.
			// So does a source after a reporting verb ("..., RIA Novosti reported citing the Russian delegation").
			const cut =
				/,\s+(?:which|according\s+to\b|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:reported|quoted)\b)/u.exec(
					sentence.text.slice(trigger.end, next),
				);
			const partiesTo = cut ? trigger.end + cut.index : next;
			const to = next;
			const segment = sentence.text.slice(from, to);
			const resolve = (mention: Mention, side: "before" | "after"): Party[] => {
				if (mention.kind === "group") {
					// "A and B told reporters that they had agreed": "they" is the people just named, else the last meeting's.
					const named = mentions.filter((other) => other.kind === "person" && other.end <= mention.start);
					if (named.length >= 2)
						return named.flatMap((other) =>
							other.kind === "person" ? [{ kind: "person" as const, person: other.person }] : [],
						);
				}
				// "A travelled to Cairo, where he met B": he is the sentence's subject when it has one before him.
				const subject =
					sentenceSubject?.kind === "person" && sentenceSubject.end <= mention.start
						? sentenceSubject.person
						: lastSubject;
				// "The minister met B": the subject is nobody the sentence names after the verb.
				const others =
					side === "before"
						? mentions.flatMap((other) =>
								other.kind === "person" && other.start >= trigger.end ? [other.person] : [],
							)
						: [];
				return resolveMention(mention, side, trigger, sentence.text, book, lastMeeting, subject, others);
			};
			const beforeMentions = mentions.filter(
				(mention) => mention.start >= from && mention.end <= trigger.start && !joining.has(mention),
			);
			const closest = beforeMentions.at(-1);
			// "their discussions": a possessive group right before a noun is the whole subject of that noun.
			const subjectMentions =
				trigger.kind === "noun" && closest?.kind === "group" ? [closest] : beforeMentions;
			let before = subjectMentions.flatMap((mention) => resolve(mention, "before"));
			// "A met B ..., and later held talks with C": a second verb of the same subject.
			const coordinated =
				index > 0 &&
				trigger.kind === "verb" &&
				/(?:,\s*|\s)(?:and|then|but|before|after)\s+(?:(?:later|also|then|subsequently|separately)\s+)?$/i.test(
					sentence.text.slice(from, trigger.start),
				);
			if (coordinated && sentenceSubject?.kind === "person")
				before = [{ kind: "person", person: sentenceSubject.person }];
			// A group ("the two", "they") is a subject: after the trigger it refers to the parties just named.
			const after = mentions
				.filter(
					(mention) =>
						mention.start >= trigger.end &&
						mention.end <= partiesTo &&
						mention.kind !== "group" &&
						!joining.has(mention),
				)
				.flatMap((mention) => resolve(mention, "after"));
			// The group stands for the last meeting's parties (not for two people named earlier in the sentence).
			const byGroup =
				closest?.kind === "group" &&
				mentions.filter((mention) => mention.kind === "person" && mention.end <= (closest?.start ?? 0))
					.length < 2;
			if (before.length === 0 && trigger.kind === "verb") {
				if (pronounFirst && lastSubject && (!sentenceSubject || pronounFirst.start < sentenceSubject.start))
					before = [{ kind: "person", person: lastSubject }];
				else if (sentenceSubject?.kind === "person")
					before = [{ kind: "person", person: sentenceSubject.person }];
			}
			// "A met B, joined by C": C takes part in the same meeting, so it is one meeting of three.
			const joined = joinedByIn(sentence.text.slice(trigger.end, partiesTo));
			const groups = groupParties(
				dedupe(before),
				dedupe(after),
				joined ? { ...trigger, together: true } : trigger,
			);
			const future = trigger.status === "planned";
			const dates = findDates(sentence.text, day, future);
			const datePhrase =
				nearest(dates, trigger, from, to, sentence.text) ??
				(index === 0 ? nearest(dates, trigger, 0, sentence.text.length, sentence.text) : undefined);
			let format = formatFor(trigger, sentence.text, segment);
			if (joined === "remote" && format === "in_person") format = "hybrid";
			// "... during a phone call with A. B also spoke with C": talking right after a call is another call.
			if (
				/^(?:spoke|speaks|speak|talked|conferred)\b/i.test(trigger.text) &&
				!mediumIn(sentence.text) &&
				lastMeeting?.status === "held" &&
				lastMeeting.format === "phone"
			)
				format = "phone";
			const placePhrase =
				format === "phone" || format === "video"
					? undefined
					: nearest(places, trigger, from, to, sentence.text);
			const duration = nearest(durations, trigger, from, to)?.duration;
			const occasion = occasions[0]?.name;
			const evidence: Evidence = { start: sentence.start, end: sentence.end, text: sentence.text };

			// "The meeting between A and B lasted three hours": a definite noun with its own named parties introduces it.
			const explicit = trigger.definite && trigger.together && after.length >= 2 && before.length === 0;
			const ownDay =
				groups.length > 0 &&
				trigger.definite &&
				onAnotherDay(
					findExisting(drafts, dedupe([...before, ...after]), lastMeeting, format),
					datePhrase,
					trigger,
				);
			if (groups.length === 0 || (trigger.definite && !explicit && !ownDay)) {
				const parties = dedupe([...before, ...after]);
				const target = findExisting(drafts, parties, lastMeeting, format);
				if (target) {
					if (duration && !target.duration) target.duration = duration;
					// "hosted X for a working dinner in Dublin last night": an indefinite noun completes the meeting,
					// and so does "The talks took place at the Egmont Palace in Brussels" (a definite one that says where).
					const situates =
						trigger.definite &&
						/^\s*(?:(?:had|have|has)\s+)?(?:took\s+place|taken\s+place|(?:was|were|had\s+been|have\s+been)\s+held)\b/i.test(
							sentence.text.slice(trigger.end, trigger.end + 40),
						);
					if ((!trigger.definite || situates) && target.status === "held") {
						const date = resolveDate(datePhrase, lastMeeting, contextDay);
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
					if (target.format === "unknown" && format !== "unknown") target.format = format;
					addEvidence(target, evidence);
					touched.push(target);
				} else if (trigger.kind === "verb" && parties.length > 0) {
					const warning = droppedMeetingWarning(parties, [evidence]);
					warnings.push(warning);
					const party = parties[0];
					if (party && parties.length === 1 && after.length === 0 && trigger.status === "held")
						listHead = {
							party,
							trigger,
							fields: {
								date: resolveDate(datePhrase, lastMeeting, contextDay),
								vagueDate: false,
								format,
								...(placePhrase ? { place: placePhrase.place } : {}),
								...(occasion ? { occasion } : {}),
							},
							warning,
						};
				}
				return;
			}
			for (const parties of groups) {
				const candidate: Draft = {
					status: trigger.status === "cancelled" ? "cancelled" : future ? "planned" : "held",
					parties,
					date: resolveDate(datePhrase, lastMeeting, contextDay),
					vagueDate:
						datePhrase !== undefined && datePhrase.date === null && datePhrase.relativeDays === undefined,
					inherited: false,
					format,
					topics: [],
					evidence: [evidence],
					confidence: confidenceFor(trigger, parties, datePhrase !== undefined),
				};
				// "tomorrow's meeting": a meeting dated after the publication day has not taken place yet.
				if (candidate.status === "held" && candidate.date && isoDay && laterThan(candidate.date, isoDay))
					candidate.status = "planned";
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
				const merged = mergeInto(drafts, candidate);
				if (merged) {
					lastMeeting = merged;
					touched.push(merged);
					continue;
				}
				// "their discussions", "the two leaders' encounter": a noun that refers back makes no new meeting
				// unless it brings a date or place of its own ("their meeting in Bali in November 2022").
				const ownAfter = (phrase?: { start: number }) => phrase !== undefined && phrase.start >= trigger.end;
				if (trigger.kind === "noun" && byGroup && !ownAfter(datePhrase) && !ownAfter(placePhrase)) continue;
				// "the two ministers connected by video link with C": the pair stays together in person, C joins by video.
				if (
					candidate.format === "video" &&
					byGroup &&
					lastMeeting?.format === "in_person" &&
					lastMeeting.parties.every((party) => candidate.parties.includes(party))
				) {
					candidate.format = "hybrid";
				}
				inherit(candidate, lastMeeting, contextPlace);
				// "A travelled to Oslo on March 12. She met B ...": the day named just before dates the meeting.
				if (!candidate.date && !candidate.vagueDate && candidate.status === "held" && previousDay) {
					candidate.date = previousDay;
					candidate.inherited = true;
				}
				drafts.push(candidate);
				lastMeeting = candidate;
				touched.push(candidate);
			}
		});

		if (triggers.length === 0) situate(reported, paragraph.drafts, sentence.text, places);
		else if (touched.length > 0) reported = touched;
		paragraph.drafts.push(...touched);
		if (drafts.length > draftsBefore && listHead === headBefore && !isListItem(sentence.text))
			listHead = undefined;
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
		if (sentenceSubject?.kind === "person") lastSubject = sentenceSubject.person;
		else if (!pronounFirst) {
			const firstPerson = mentions.find((mention) => mention.kind === "person");
			if (firstPerson?.kind === "person" && triggers.length === 0) lastSubject = firstPerson.person;
		}
		// A day is named with a number or "today"/"yesterday": most sentences need no date search.
		const namedDay = /\d|today|yesterday/i.test(sentence.text)
			? findDates(sentence.text, day, false).find((phrase) => phrase.date?.precision === "day")
			: undefined;
		if (namedDay?.date) contextDay = namedDay.date;
		// "A visited X on July 17. A arrived in Jeddah ... He met B": the day lasts while the sentences between name none.
		if (namedDay?.date || triggers.length > 0) previousDay = namedDay?.date ?? undefined;
		const cityPlace = places.find((phrase) => phrase.place.city);
		if (cityPlace) contextPlace = cityPlace.place;
		else {
			// "who is on an official visit in Russia", "leaders have been arriving in Samoa": where the story takes place.
			const visited = places.find((phrase) =>
				VISIT.test(sentence.text.slice(Math.max(0, phrase.start - 40), phrase.start + 12)),
			);
			if (visited && visited.place.country !== contextPlace?.country) contextPlace = visited.place;
		}
	}
	const meetings: MeetingProposal[] = [];
	for (const draft of drafts) {
		if (draft.parties.length < 2) {
			if (draft.status !== "cancelled") warnings.push(droppedMeetingWarning(draft.parties, draft.evidence));
			continue;
		}
		const proposal = toProposal(draft);
		warnings.push(...proposalWarnings(proposal));
		meetings.push(proposal);
	}
	const withdrawn = new Set(usedHeads.map((head) => head.warning));
	return { meetings, warnings: [...new Set(warnings)].filter((warning) => !withdrawn.has(warning)) };
}

/** What follows a city that opens a text as its dateline: a date, an agency in brackets or slashes, a dash. */
const DATELINE_AFTER_CITY =
	/^,?\s*(?:\(|\/|[—–-]\s|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;

/** Words before a place that put the story there: a visit, a trip, an arrival. */
const VISIT = /\b(?:visit(?:s|ed|ing)?|trip|tour|arriv(?:e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?)\b/i;

/**
 * The city a story is told from: an upper-case dateline ("BRUSSELS —", "TOKYO (Reuters) -", "NAYPYITAW, Myanmar -",
 * "PUTRAJAYA:")
 * or a known city that opens the text before a date or an agency ("Addis Ababa February 6/2022 /ENA/").
 */
function datelineCity(text: string): ReturnType<typeof knownPlace> {
	const capitals = /^([A-Z][A-Z .'-]{2,30}?)(?:,\s+[A-Z][\w .]{1,30}?)?\s*(?:\([^)]{1,40}\))?\s*[—–:-]/.exec(
		text,
	);
	const upper = capitals?.[1] ? knownPlace(capitals[1].toLowerCase()) : undefined;
	if (upper) return upper;
	const words = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}/u.exec(text)?.[0].split(" ") ?? [];
	for (let count = Math.min(3, words.length); count >= 1; count--) {
		const name = words.slice(0, count).join(" ");
		const rest = text.slice(name.length);
		const named = knownPlace(name);
		if (named?.city && DATELINE_AFTER_CITY.test(rest)) return named;
	}
	return undefined;
}

/** Whether a date lies wholly after a day (`YYYY-MM-DD`), at its own precision. */
function laterThan(date: FuzzyDate, day: string): boolean {
	const pad = (value: number) => String(value).padStart(2, "0");
	if (date.month === undefined) return String(date.year) > day.slice(0, 4);
	if (date.day === undefined) return `${date.year}-${pad(date.month)}` > day.slice(0, 7);
	return `${date.year}-${pad(date.month)}-${pad(date.day)}` > day;
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
	const tookPlace = /\b(?:took\s+place|was\s+held|were\s+held)\b/i.test(sentence);
	const beingIn = /\b(?:is|are|was|were|been)\s+$/i.test(
		sentence.slice(Math.max(0, phrase.start - 12), phrase.start),
	);
	if (!tookPlace && !beingIn) return;
	for (const draft of tookPlace ? reported : paragraph) {
		if (draft.status !== "held" || (draft.format !== "in_person" && draft.format !== "hybrid")) continue;
		if (draft.place && (draft.place.city || draft.place.country !== city.country)) continue;
		draft.place = city;
		draft.placeInherited = false;
	}
}

function formatFor(trigger: Trigger, sentence: string, segment: string): MeetingFormat {
	const format = meetingFormat(trigger.text, sentence);
	if (format === "hybrid") return format;
	if (format !== "in_person") return format;
	const offset = segment.indexOf(trigger.text);
	const near = offset >= 0 ? segment.slice(offset, offset + trigger.text.length + 40) : trigger.text;
	const medium = mediumIn(near);
	if (medium) return medium;
	return trigger.vague ? "unknown" : "in_person";
}

function resolveDate(
	phrase: DatePhrase | undefined,
	lastMeeting: Draft | undefined,
	contextDay: FuzzyDate | undefined,
): FuzzyDate | null {
	if (!phrase) return null;
	if (phrase.relativeDays !== undefined) {
		const base = lastMeeting?.date ?? contextDay;
		if (base?.precision !== "day" || base.month === undefined || base.day === undefined) return null;
		const shifted: Day = addDays({ year: base.year, month: base.month, day: base.day }, phrase.relativeDays);
		return dayDate(shifted);
	}
	return phrase.date;
}
