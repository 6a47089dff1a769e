import { isoFuzzyDate } from "@sidelines/domain";
import type { MeetingProposal } from "./proposal.js";
import { displayRole } from "./titles.js";

/** A meeting in the gold-file shape of the extraction README, plus confidence and evidence. */
export interface GoldMeeting {
	status: "held" | "planned" | "cancelled";
	participants: Array<{ name: string | null; country: string | null; role: string | null }>;
	date: string | null;
	dateQualifier: "early" | "mid" | "late" | null;
	place: { city: string | null; country: string | null } | null;
	occasion: string | null;
	format: "in_person" | "phone" | "video" | "hybrid" | "unknown";
	durationMinutes: number | null;
	topics: string[];
	confidence?: number;
	evidence?: Array<{ start: number; end: number; text?: string }>;
}

/**
 * Converts a proposal into the gold meeting shape: names "Given Family" in western order, ISO dates at
 * their precision with the qualifier apart, place city and country, duration in minutes.
 * @example toGoldShape(proposal).participants[0]; // { name: "Toshimitsu Motegi", country: "JP", role: "Foreign Minister" }
 */
export function toGoldShape(proposal: MeetingProposal): GoldMeeting {
	return {
		status: proposal.status,
		participants: proposal.participants.map((party) =>
			party.kind === "delegation"
				? { name: null, country: party.country, role: null }
				: {
						name: [party.name.given, party.name.family].filter(Boolean).join(" "),
						country: party.country ?? null,
						role: party.office ? displayRole(party.office.title) : null,
					},
		),
		date: proposal.date ? isoFuzzyDate(proposal.date) : null,
		dateQualifier: proposal.date?.qualifier ?? null,
		place: proposal.place ? { city: proposal.place.city ?? null, country: proposal.place.country } : null,
		occasion: proposal.occasion ?? null,
		format: proposal.format,
		durationMinutes: proposal.duration?.minutes ?? null,
		topics: proposal.topics,
		confidence: proposal.confidence,
		evidence: proposal.evidence.map((span) => ({ start: span.start, end: span.end, text: span.text })),
	};
}
