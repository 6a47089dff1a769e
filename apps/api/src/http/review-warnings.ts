import type { Meeting } from "@sidelines/domain";

/** Below this, a proposal's confidence is worth a reviewer's attention. */
const LOW_CONFIDENCE = 0.5;

/**
 * What a proposed meeting leaves unsettled, one line each, for the review queue: the fields extraction could
 * not fill and a low confidence.
 * @example proposalWarnings({ ...meeting, place: undefined }); // ["place not found"]
 */
export function proposalWarnings(meeting: Meeting): string[] {
	const warnings: string[] = [];
	if (meeting.date === null) warnings.push("date not found");
	else if (meeting.date.precision !== "day")
		warnings.push(`date known only to the ${meeting.date.precision}`);
	if (meeting.place === undefined) warnings.push("place not found");
	if (meeting.format === "unknown") warnings.push("format not found (in person, phone or video)");
	if (meeting.sources.every((source) => source.evidence.length === 0)) warnings.push("no evidence span");
	if (meeting.confidence !== undefined && meeting.confidence < LOW_CONFIDENCE)
		warnings.push(`low confidence (${meeting.confidence})`);
	return warnings;
}
