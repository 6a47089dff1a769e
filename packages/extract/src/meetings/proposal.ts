import type { Duration, FuzzyDate, MeetingFormat, OfficeKind, Place } from "@sidelines/domain";

/** The office a party held, as the text or the registry gives it. */
export interface ProposedOffice {
	title: string;
	kind: OfficeKind;
	country?: string;
}

/** One side of a proposed meeting. */
export type PartyProposal =
	/** A diplomat the registry already knows. */
	| {
			kind: "diplomat";
			diplomatId: string;
			name: { given: string; family: string; order: "family-first" | "given-first" };
			country?: string;
			office?: ProposedOffice;
			mention: string;
	  }
	/** A person the registry does not know: a proposed new diplomat. */
	| {
			kind: "new-diplomat";
			name: { given: string; family: string; order: "family-first" | "given-first"; aliases: string[] };
			country?: string;
			office?: ProposedOffice;
			mention: string;
	  }
	/** A country's or organisation's delegation whose members the text does not name. */
	| { kind: "delegation"; country: string; description?: string };

/** A character span of `bodyText(article)` that reports the meeting. */
export interface Evidence {
	start: number;
	end: number;
	text: string;
}

/** A meeting the text reports, as proposed for review. */
export interface MeetingProposal {
	status: "held" | "planned" | "cancelled";
	participants: PartyProposal[];
	date: FuzzyDate | null;
	duration?: Duration;
	format: MeetingFormat;
	place?: Place;
	/** The gathering it happened on the sidelines of, as the text names it. */
	occasion?: string;
	topics: string[];
	evidence: Evidence[];
	/** How sure the extractor is, 0 to 1. */
	confidence: number;
}
