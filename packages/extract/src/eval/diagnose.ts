import type { ScoredMeeting, TextScore } from "./score.js";

/** A field of a matched meeting that the extractor got wrong. */
export interface WrongField {
	field: "date" | "place" | "format";
	gold: string;
	predicted: string;
}

/** What to fix on one text: the gold meetings missed, the meetings invented, and the fields got wrong. */
export interface TextDiagnosis {
	id: string;
	missed: Array<{ meeting: ScoredMeeting; evidence?: string }>;
	invented: Array<{ meeting: ScoredMeeting; evidence?: string }>;
	wrong: Array<{ gold: ScoredMeeting; predicted: ScoredMeeting; fields: WrongField[]; evidence?: string }>;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The text a meeting's evidence points at: a gold span of `raw`, or the extractor's own spans. */
function evidenceOf(meeting: ScoredMeeting, raw: string): string | undefined {
	const { evidence } = meeting;
	if (!evidence) return undefined;
	if (!Array.isArray(evidence)) return oneLine(raw.slice(evidence.start, evidence.end)) || undefined;
	const texts = evidence.map((span) => span.text ?? "").filter(Boolean);
	return texts.length > 0 ? oneLine(texts.join(" … ")) : undefined;
}

const fieldText: Record<WrongField["field"], (meeting: ScoredMeeting) => string> = {
	date: (meeting) => meeting.date ?? "none",
	place: (meeting) =>
		meeting.place?.country ? [meeting.place.city, meeting.place.country].filter(Boolean).join(", ") : "none",
	format: (meeting) => meeting.format,
};

/**
 * Turns a text's score into what to fix, each item with the sentence that reports it: gold held meetings
 * no prediction matched, predicted held meetings that match no gold one, and matched meetings with a wrong
 * date, place or format (by the scorer's own rules).
 * @example diagnoseText(score, gold, predicted, raw).missed.length; // 1 when one gold meeting was not found
 */
export function diagnoseText(
	score: TextScore,
	gold: readonly ScoredMeeting[],
	predicted: readonly ScoredMeeting[],
	raw: string,
): TextDiagnosis {
	const goldHeld = gold.filter((meeting) => meeting.status === "held");
	const predictedHeld = predicted.filter((meeting) => meeting.status === "held");
	const withEvidence = (meeting: ScoredMeeting) => {
		const evidence = evidenceOf(meeting, raw);
		return evidence === undefined ? { meeting } : { meeting, evidence };
	};
	const paired = new Set(score.pairs.filter((column) => column >= 0));
	const wrong = score.wrongFields.flatMap(({ gold: row, fields }) => {
		const g = goldHeld[row];
		const p = predictedHeld[score.pairs[row] ?? -1];
		if (!g || !p) return [];
		const evidence = evidenceOf(g, raw) ?? evidenceOf(p, raw);
		return [
			{
				gold: g,
				predicted: p,
				fields: fields.map((field) => ({ field, gold: fieldText[field](g), predicted: fieldText[field](p) })),
				...(evidence === undefined ? {} : { evidence }),
			},
		];
	});
	return {
		id: score.id,
		missed: goldHeld.filter((_, row) => (score.pairs[row] ?? -1) < 0).map(withEvidence),
		invented: predictedHeld.filter((_, column) => !paired.has(column)).map(withEvidence),
		wrong,
	};
}
