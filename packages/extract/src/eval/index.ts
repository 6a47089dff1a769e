/**
 * `@sidelines/extract/eval`: scoring the extractor against gold annotations. Kept apart from the runtime
 * entry, which never needs it.
 */
export type { TextDiagnosis, WrongField } from "./diagnose.js";
export { type EvaluationItem, evaluateExtraction, type Prediction } from "./evaluate.js";
export { type GoldFile, GoldFormatError, parseGoldFile } from "./gold.js";
export { type ExtractionScore, type ScoredMeeting, scoreExtraction, type TextScore } from "./score.js";
