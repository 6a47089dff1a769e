export { extractPage, type PageExtraction } from "./extract-page.js";
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
export {
	type ArticleDraft,
	type PageReading,
	type ParsePageOptions,
	type PublishedFrom,
	parsePage,
	readPage,
} from "./page/parse-page.js";
export {
	type KnownLeader,
	type LeaderOfficeOnDay,
	leaderByName,
	officeHolder,
	officesOn,
} from "./vocabulary/leaders-lookup.js";
