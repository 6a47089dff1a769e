import type { Diplomat } from "@sidelines/domain";
import type { MeetingProposal } from "./proposal.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { carryContext } from "./stages/context.js";
import { frameMeeting } from "./stages/frames.js";
import { addListedMeeting } from "./stages/list-items.js";
import { joinMeeting, recordMeeting } from "./stages/merge.js";
import { readSentence } from "./stages/read-sentence.js";
import { resolveParties } from "./stages/references.js";
import { type ExtractionReport, toReport } from "./stages/report.js";
import { type ArticleText, startExtraction } from "./stages/start.js";
import type { ExtractionState } from "./stages/state.js";

export type { ExtractionReport } from "./stages/report.js";
export type { ArticleText } from "./stages/start.js";

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
 * were identified, a participant whose nationality the text does not give. The stages, in order, over one
 * `ExtractionState` (see `stages/`).
 * @example extractMeetingsWithWarnings(article).warnings; // ["Modi: nationality not found"]
 */
export function extractMeetingsWithWarnings(
	article: ArticleText,
	registry: readonly Diplomat[] = [],
): ExtractionReport {
	const state = startExtraction(article, registry);
	for (const sentence of splitSentences(state.text)) extractSentence(state, sentence);
	return toReport(state);
}

/** The stages a sentence goes through, in order; each extends `state`. */
export function extractSentence(state: ExtractionState, sentence: Sentence): void {
	const reading = readSentence(state, sentence);
	addListedMeeting(state, reading);
	for (const [index, trigger] of reading.triggers.entries()) {
		if (trigger.status === "negated") continue;
		if (trigger.joins) {
			joinMeeting(state, reading, trigger);
			continue;
		}
		const parties = resolveParties(state, reading, index);
		recordMeeting(state, reading, parties, frameMeeting(state, reading, index, parties));
	}
	carryContext(state, reading);
}
