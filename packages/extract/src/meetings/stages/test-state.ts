import type { Party } from "../draft.js";
import { extractSentence } from "../extract-meetings.js";
import { splitSentences } from "../sentences.js";
import { readSentence } from "./read-sentence.js";
import { startExtraction } from "./start.js";
import type { ExtractionState, SentenceReading } from "./state.js";

/** 2024-03-15 is a Friday. */
export const FRIDAY = "2024-03-15T18:00:00+01:00";

/** The state of an article of these paragraphs once its stages have run on every sentence (for stage tests). */
export function stateAfter(publishedAt: string | undefined, ...paragraphs: string[]): ExtractionState {
	const state = startExtraction(
		{ publishedAt, body: paragraphs.map((text) => ({ type: "paragraph", text })) },
		[],
	);
	for (const sentence of splitSentences(state.text)) extractSentence(state, sentence);
	return state;
}

/**
 * For testing one stage on the last sentence of a text: the state after every sentence before it, and the last
 * sentence as read by `readSentence`, before any later stage ran on it.
 */
export function readLast(
	publishedAt: string | undefined,
	...paragraphs: string[]
): { state: ExtractionState; reading: SentenceReading } {
	const state = startExtraction(
		{ publishedAt, body: paragraphs.map((text) => ({ type: "paragraph", text })) },
		[],
	);
	const sentences = splitSentences(state.text);
	const last = sentences.pop();
	if (!last) throw new Error("no sentence to read");
	for (const sentence of sentences) extractSentence(state, sentence);
	return { state, reading: readSentence(state, last) };
}

/** How a test names parties: people as printed, delegations by their country in brackets. */
export const partyNames = (parties: readonly Party[] | undefined) =>
	parties?.map((party) => (party.kind === "person" ? party.person.printed : `(${party.country})`));
