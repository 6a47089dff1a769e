import type { Diplomat } from "@sidelines/domain";
import { extractMeetings } from "../meetings/extract-meetings.js";
import { type GoldMeeting, toGoldShape } from "../meetings/gold-shape.js";
import { parsePage } from "../page/parse-page.js";
import { type ExtractionScore, type ScoredMeeting, scoreExtraction } from "./score.js";

/** One annotated text to evaluate: its raw page and its gold meetings. */
export interface EvaluationItem {
	id: string;
	raw: string;
	published: string | null;
	meetings: ScoredMeeting[];
}

/** What the extractor predicted for one text (or why it could not read it). */
export interface Prediction {
	id: string;
	meetings: GoldMeeting[];
	error?: string;
}

/**
 * Runs parsePage and extractMeetings over annotated texts (with the given registry, empty by default)
 * and scores the predictions against the gold meetings.
 * @example evaluateExtraction([{ id: "x", raw: page, published: "2021-06-30", meetings: [] }]).score.falsePositivesOnNegatives; // 0
 */
export function evaluateExtraction(
	items: readonly EvaluationItem[],
	registry: readonly Diplomat[] = [],
): { score: ExtractionScore; predictions: Prediction[] } {
	const predictions = items.map((item): Prediction => {
		try {
			const article = parsePage(item.raw, item.published ? { published: item.published } : {});
			return { id: item.id, meetings: extractMeetings(article, registry).map(toGoldShape) };
		} catch (error) {
			return { id: item.id, meetings: [], error: error instanceof Error ? error.message : String(error) };
		}
	});
	const score = scoreExtraction(
		items.map((item) => ({ id: item.id, meetings: item.meetings })),
		predictions,
	);
	return { score, predictions };
}
