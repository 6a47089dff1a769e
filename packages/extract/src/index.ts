export { maxWeightAssignment } from "./eval/assignment.js";
export { type EvaluationItem, evaluateExtraction, type Prediction } from "./eval/evaluate.js";
export { type GoldFile, GoldFormatError, parseGoldFile } from "./eval/gold.js";
export {
	type ExtractionScore,
	goldFamily,
	nameMatches,
	participantsPair,
	type ScoredMeeting,
	type ScoredText,
	scoreExtraction,
	type TextScore,
} from "./eval/score.js";
export {
	type ArticleText,
	type ExtractionReport,
	extractMeetings,
	extractMeetingsWithWarnings,
} from "./meetings/extract-meetings.js";
export { type GoldMeeting, toGoldShape } from "./meetings/gold-shape.js";
export { parsePersonName } from "./meetings/names.js";
export type { Evidence, MeetingProposal, PartyProposal, ProposedOffice } from "./meetings/proposal.js";
export { PageParseError, type PageParseReason } from "./page/errors.js";
export { MAX_PAGE_BYTES } from "./page/guard.js";
export { type ArticleDraft, type ParsePageOptions, parsePage } from "./page/parse-page.js";
