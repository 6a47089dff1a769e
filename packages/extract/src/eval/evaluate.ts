import type { Diplomat } from "@sidelines/domain";
import { extractPage } from "../extract-page.js";
import { type GoldMeeting, toGoldShape } from "../meetings/gold-shape.js";
import { diagnoseText, type TextDiagnosis } from "./diagnose.js";
import { type ExtractionScore, type ScoredMeeting, scoreExtraction } from "./score.js";

/** One annotated text to evaluate: its raw page and its gold meetings. */
export interface EvaluationItem {
	id: string;
	raw: string;
	published: string | null;
	meetings: ScoredMeeting[];
}

/** What the extractor predicted for one text, what the page lacked, or why it could not read it. */
export interface Prediction {
	id: string;
	meetings: GoldMeeting[];
	warnings: string[];
	error?: string;
}

/**
 * Runs the extractor (`extractPage`, with the given registry, empty by default) over annotated texts,
 * scores the predictions against the gold meetings, and says per text what to fix.
 * @example evaluateExtraction([{ id: "x", raw: page, published: "2021-06-30", meetings: [] }]).score.falsePositivesOnNegatives; // 0
 */
export function evaluateExtraction(
	items: readonly EvaluationItem[],
	registry: readonly Diplomat[] = [],
): { score: ExtractionScore; predictions: Prediction[]; diagnoses: TextDiagnosis[] } {
	const predictions = items.map((item): Prediction => {
		try {
			const { meetings, warnings } = extractPage(
				item.raw,
				item.published ? { published: item.published } : {},
				registry,
			);
			return { id: item.id, meetings: meetings.map(toGoldShape), warnings };
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			return { id: item.id, meetings: [], warnings: [], error: message };
		}
	});
	const score = scoreExtraction(
		items.map((item) => ({ id: item.id, meetings: item.meetings })),
		predictions,
	);
	const diagnoses = score.perText.map((text, index) =>
		diagnoseText(
			text,
			items[index]?.meetings ?? [],
			predictions[index]?.meetings ?? [],
			items[index]?.raw ?? "",
		),
	);
	return { score, predictions, diagnoses };
}
