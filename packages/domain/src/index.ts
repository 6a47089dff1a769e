export {
	Article,
	ArticleCreate,
	ArticleImage,
	ArticleUpdate,
	BodyBlock,
	bodyText,
	LanguageTag,
} from "./article/schema.js";
export {
	COUNTRY_CODES,
	CountryCode,
	countryCodeFromDemonym,
	countryCodeFromName,
	countryName,
	countryNames,
	isCountryCode,
	PartyCountry,
} from "./country/countries.js";
export { DEMONYMS } from "./country/demonyms.js";
export { isOrganisationCode, ORGANISATIONS, type OrganisationCode } from "./country/organisations.js";
export {
	compareFuzzyDates,
	containsFuzzyDate,
	type DayRange,
	dayRange,
	daysInMonth,
	FuzzyDate,
	formatFuzzyDate,
	fuzzyDate,
	isoFuzzyDate,
	MONTH_NAMES,
	monthName,
	overlapsFuzzyDate,
	QUALIFIERS,
	type Qualifier,
} from "./date/fuzzy-date.js";
export { officeAt, officesAt } from "./diplomat/office-at.js";
export {
	Diplomat,
	DiplomatCreate,
	DiplomatUpdate,
	Handle,
	OFFICE_KINDS,
	Office,
	type OfficeKind,
} from "./diplomat/schema.js";
export {
	datesCompatible,
	formatsCompatible,
	isSameMeeting,
	type MeetingIdentity,
	partySetKey,
} from "./meeting/identity.js";
export { absorbReport, MeetingMergeError, mergeMeetings } from "./meeting/merge.js";
export {
	DelegationParty,
	DiplomatParty,
	Duration,
	EVIDENCE_TEXT_MAX,
	EvidenceSpan,
	HeldOffice,
	MEETING_FORMATS,
	MEETING_STATUSES,
	Meeting,
	MeetingCreate,
	type MeetingFormat,
	MeetingSource,
	MeetingUpdate,
	Party,
	partyKey,
	REVIEW_STATES,
	type ReviewState,
} from "./meeting/schema.js";
export {
	Occasion,
	OccasionCreate,
	OccasionUpdate,
	occasionDate,
	Place,
	Section,
} from "./occasion/schema.js";
export { foldName, nameForms, nativeName, officialName, PersonName, westernName } from "./person/name.js";
export { SHORT_CODE_PATTERN, serialFromShortCode, shortCode } from "./text/short-code.js";
export { slugify } from "./text/slugify.js";
export {
	formatNewsTimestamp,
	type NewsTimestamp,
	type ParseNewsTimestampOptions,
	parseNewsTimestamp,
	TimestampParseError,
} from "./time/news-timestamp.js";
export { fixedOffsetZone, isIanaZone, offsetOfZoneAt } from "./time/zones.js";
export {
	IsoDay,
	isSlug,
	Link,
	OffsetDateTime,
	plainText,
	RecordId,
	Slug,
	Version,
} from "./validation/common.js";
export { type DomainIssue, DomainValidationError, describeIssues, parseRecord } from "./validation/issues.js";
