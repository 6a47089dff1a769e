import type { FuzzyDate, Place } from "@sidelines/domain";
import type { Day } from "../dates.js";
import type { Draft } from "../draft.js";
import type { DurationPhrase } from "../duration.js";
import type { ListHead } from "../listed-meetings.js";
import type { Mention } from "../mentions.js";
import type { OccasionPhrase } from "../occasions.js";
import type { PeopleBook, PersonRef } from "../people.js";
import type { PlacePhrase } from "../places.js";
import type { Evidence } from "../proposal.js";
import type { Sentence } from "../sentences.js";
import type { Trigger } from "../triggers.js";

/**
 * Everything the extractor knows while it reads one article, sentence by sentence: the text and its publication
 * day (from `startExtraction`), the meetings found so far, and the running context later sentences refer back to
 * (the last meeting, the person the text follows, the day and place it is in, an open list of counterparts).
 */
export interface ExtractionState {
	/** The article's body as one text; evidence offsets point into it. */
	text: string;
	/** The publication day, when the page gives one: relative dates resolve against it. */
	day: Day | undefined;
	/** The publication day as `YYYY-MM-DD`, or "" when there is none. */
	isoDay: string;
	/** The people of the text, matched against the registry's diplomats. */
	book: PeopleBook;
	/** The meetings reported so far, in the order first reported. */
	drafts: Draft[];
	/** Why a reported meeting was dropped or a field left empty, one line each. */
	warnings: string[];
	/** The meeting reported last: what "the two ministers", "the meeting" and an undated report refer to. */
	lastMeeting: Draft | undefined;
	/** The person the text is following: what "he" and "she" refer to. */
	lastSubject: PersonRef | undefined;
	/** A meeting reported with its subject alone, waiting for numbered items that name counterparts. */
	listHead: ListHead | undefined;
	/** List heads some item completed: their "meeting dropped" warnings are withdrawn. */
	usedHeads: ListHead[];
	/** The meetings the last sentence with a trigger reported ("The ceremony took place in ..." places them). */
	reported: Draft[];
	/** The meetings the current paragraph reported ("A and the other ministers are in Vientiane for ..." places them). */
	paragraph: { index: number; drafts: Draft[] };
	/** The last day the text named ("On the morning of February 7 ..."): what "the same day" refers to. */
	contextDay: FuzzyDate | undefined;
	/** The day the sentence just before named, if any: a trip "on March 12" dates the meeting that follows. */
	previousDay: FuzzyDate | undefined;
	/** Where the story is: the dateline's city, then the last city or visited country the text named. */
	contextPlace: Place | undefined;
}

/** One sentence as read by `readSentence`, and what the stages after it did with it. */
export interface SentenceReading {
	sentence: Sentence;
	/** The sentence as a meeting's evidence. */
	evidence: Evidence;
	/** Gatherings the sentence names ("a G20 foreign ministers' meeting"). */
	occasions: OccasionPhrase[];
	/** Possible parties, in order, outside occasions. */
	mentions: Mention[];
	/** Phrases that report a meeting, in order. */
	triggers: Trigger[];
	places: PlacePhrase[];
	durations: DurationPhrase[];
	/** The first person named before the first trigger. */
	subject: Mention | undefined;
	/** The first "he"/"she" before the first trigger. */
	pronounFirst: Mention | undefined;
	/** "..., with C joining by video link": the person each joining trigger adds to the meeting just reported. */
	joiners: Map<Trigger, Mention>;
	/** The meetings this sentence reported, completed or extended. */
	touched: Draft[];
	/** How many meetings there were before this sentence. */
	draftsBefore: number;
	/** The list head open before this sentence. */
	headBefore: ListHead | undefined;
}
