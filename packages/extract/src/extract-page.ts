import type { Diplomat } from "@sidelines/domain";
import { bodyText } from "@sidelines/domain";
import { unresolvedDates } from "./meetings/dates.js";
import { extractMeetingsWithWarnings } from "./meetings/extract-meetings.js";
import type { MeetingProposal } from "./meetings/proposal.js";
import { type PageReading, type ParsePageOptions, readPage } from "./page/parse-page.js";

/** A page read and its meetings proposed, with what the page lacked and what could not be filled in. */
export interface PageExtraction extends PageReading {
	meetings: MeetingProposal[];
}

/**
 * Reads a raw page and proposes the meetings it reports, whatever the page lacks: with no publication
 * time, dates that need it stay empty and a warning names them. `warnings` gathers what the page lacked and
 * why extraction dropped a meeting or left a field empty.
 * @throws {PageParseError} for input that is not a readable English news page.
 * @example extractPage("Chile and Peru meet\n\nThe ministers met on Friday.").warnings.at(-1); // 'dates left empty for want of a publication day: "Friday"'
 */
export function extractPage(
	raw: string,
	options: ParsePageOptions = {},
	registry: readonly Diplomat[] = [],
): PageExtraction {
	const reading = readPage(raw, options);
	const extraction = extractMeetingsWithWarnings(reading.article, registry);
	const warnings = [...reading.warnings, ...extraction.warnings];
	if (reading.article.publishedAt === undefined) {
		const phrases = unresolvedDates(bodyText({ body: reading.article.body }));
		if (phrases.length > 0)
			warnings.push(
				`dates left empty for want of a publication day: ${phrases.map((phrase) => JSON.stringify(phrase)).join(", ")}`,
			);
	}
	return { ...reading, meetings: extraction.meetings, warnings };
}
