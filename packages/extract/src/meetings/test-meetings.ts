import { extractMeetings } from "./extract-meetings.js";
import { toGoldShape } from "./gold-shape.js";

/** 2024-03-15, a Friday: the publication time of the invented texts in the meeting tests. */
export const FRIDAY = "2024-03-15T18:00:00+01:00";

/** The meetings of an invented text published on {@link FRIDAY}, one paragraph per argument, in the gold shape. */
export const meetingsOf = (...paragraphs: string[]) =>
	extractMeetings({
		publishedAt: FRIDAY,
		body: paragraphs.map((text) => ({ type: "paragraph" as const, text })),
	}).map(toGoldShape);
