import type { FuzzyDate, MeetingFormat } from "@sidelines/domain";
import { ANOTHER_MEETING, REPORTING_VERB, TALKING_VERB } from "../../vocabulary/clauses.js";
import { addDays, type DatePhrase, type Day, dayDate, findDates } from "../dates.js";
import type { Draft } from "../draft.js";
import type { DurationPhrase } from "../duration.js";
import { mediumIn, meetingFormat } from "../format.js";
import type { PlacePhrase } from "../places.js";
import type { Trigger } from "../triggers.js";
import type { TriggerParties } from "./references.js";
import type { ExtractionState, SentenceReading } from "./state.js";

/** What a sentence says of one reported meeting besides its parties. */
export interface MeetingFrame {
	trigger: Trigger;
	/** Reported as still to come ("will meet", "is expected to"). */
	future: boolean;
	/** The date phrase nearest the trigger in its clause, if any. */
	datePhrase: DatePhrase | undefined;
	format: MeetingFormat;
	/** Where, unless the meeting was a call. */
	placePhrase: PlacePhrase | undefined;
	duration: DurationPhrase["duration"] | undefined;
	/** The gathering it was held at ("on the sidelines of the G20 summit"). */
	occasion: string | undefined;
}

/**
 * Stage 5, meeting frames: for one trigger, its status, date, format, place, duration and occasion, each the
 * phrase nearest the trigger within its clause.
 * @example frameMeeting(state, reading, 0, parties).format; // "phone" for "spoke by phone with"
 */
export function frameMeeting(
	state: ExtractionState,
	reading: SentenceReading,
	index: number,
	parties: TriggerParties,
): MeetingFrame {
	const { sentence, triggers } = reading;
	const trigger = triggers[index];
	if (!trigger) throw new RangeError(`no trigger ${index} in the sentence`);
	const { from, to, joined } = parties;
	const future = trigger.status === "planned";
	const dates = findDates(sentence.text, state.day, future);
	// "Those talks came after a previous meeting in 2019": no phrase beyond another meeting's noun dates this one.
	const another = triggers.find(
		(other) => other.start > trigger.end && ANOTHER_MEETING.test(sentence.text.slice(0, other.start)),
	);
	// "A and B discussed plans for a trade office in Osaka": the words after the verb are the topic.
	const until = trigger.discussed ? Math.min(to, trigger.end) : to;
	const datePhrase =
		nearest(dates, trigger, from, until, sentence.text) ??
		(index === 0 && !trigger.discussed
			? nearest(dates, trigger, 0, another?.start ?? sentence.text.length, sentence.text)
			: undefined);
	let format = formatFor(trigger, sentence.text, sentence.text.slice(from, to));
	if (joined === "remote" && format === "in_person") format = "hybrid";
	// "... during a phone call with A. B also spoke with C": talking right after a call is another call.
	if (
		TALKING_VERB.test(trigger.text) &&
		!mediumIn(sentence.text) &&
		state.lastMeeting?.status === "held" &&
		state.lastMeeting.format === "phone"
	)
		format = "phone";
	const placePhrase =
		format === "phone" || format === "video"
			? undefined
			: nearest(reading.places, trigger, from, until, sentence.text);
	return {
		trigger,
		future,
		datePhrase,
		format,
		placePhrase,
		duration: nearest(reading.durations, trigger, from, to)?.duration,
		occasion: reading.occasions[0]?.name,
	};
}

const REPORTED_ON = new RegExp(`${REPORTING_VERB.source}\\s+(?:on\\s+)?$`, "i");

/** The date of a phrase: relative days ("the next day") count from the last meeting's day, else the text's. */
export function resolveDate(
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

/** The phrase within `from`..`to` nearest the trigger, after it by preference, in the trigger's clause. */
function nearest<T extends { start: number; end: number }>(
	items: T[],
	trigger: Trigger,
	from: number,
	to: number,
	sentence?: string,
): T | undefined {
	// "..., the agency reported early Tuesday": a phrase beyond a reporting verb dates the report, not the meeting.
	// "The ministry said on Tuesday that A was summoned": a phrase right after a reporting verb dates the report too.
	const sameClause = (item: T) =>
		!(
			sentence &&
			((item.end <= trigger.start &&
				(REPORTING_VERB.test(sentence.slice(item.end, trigger.start)) ||
					REPORTED_ON.test(sentence.slice(Math.max(0, item.start - 20), item.start)))) ||
				(item.start >= trigger.end && REPORTING_VERB.test(sentence.slice(trigger.end, item.start))))
		);
	const inside = items.filter((item) => item.start >= from && item.end <= to && sameClause(item));
	const after = inside.filter((item) => item.start >= trigger.end).sort((a, b) => a.start - b.start)[0];
	const before = inside.filter((item) => item.end <= trigger.start).sort((a, b) => b.end - a.end)[0];
	if (after && before) return after.start - trigger.end <= trigger.start - before.end + 20 ? after : before;
	return after ?? before;
}

function formatFor(trigger: Trigger, sentence: string, segment: string): MeetingFormat {
	const format = meetingFormat(trigger.text, sentence);
	if (format === "hybrid") return format;
	if (format !== "in_person") return format;
	const offset = segment.indexOf(trigger.text);
	// "a 25-minute telephone conversation": the medium of a noun may come just before it.
	const from = trigger.kind === "noun" ? Math.max(0, offset - 12) : offset;
	const near = offset >= 0 ? segment.slice(from, offset + trigger.text.length + 40) : trigger.text;
	const medium = mediumIn(near);
	if (medium) return medium;
	return trigger.vague ? "unknown" : "in_person";
}
