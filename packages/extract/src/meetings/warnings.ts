import type { Party } from "./draft.js";
import type { Evidence, MeetingProposal } from "./proposal.js";

const MAX_QUOTE = 90;

/** The evidence sentence, shortened for a one-line warning. */
function quote(evidence: readonly Evidence[]): string {
	const text = (evidence[0]?.text ?? "").replace(/\s+/g, " ").trim();
	return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

/** Why a reported meeting was not proposed: the text named fewer than two parties the extractor could identify. */
export function droppedMeetingWarning(parties: readonly Party[], evidence: readonly Evidence[]): string {
	const named = parties.map((party) => (party.kind === "person" ? party.person.printed : party.country));
	const who = named.length > 0 ? `only ${named.join(", ")} identified` : "no party identified";
	return `meeting dropped (${who}): “${quote(evidence)}”`;
}

/** Why a report was not taken as a meeting: it spreads talks over several places ("in each of the three capitals"). */
export function acrossPlacesWarning(evidence: readonly Evidence[]): string {
	return `meeting dropped (talks spread over several places): “${quote(evidence)}”`;
}

/**
 * The fields a proposal leaves empty that a reviewer should know about: a person whose nationality the text does
 * not give ("Modi: nationality not found") or names by surname only ("Lavrov: given name not found").
 */
export function proposalWarnings(proposal: MeetingProposal): string[] {
	const warnings: string[] = [];
	for (const party of proposal.participants) {
		if (party.kind === "delegation") continue;
		if (!party.name.given) warnings.push(`${party.mention}: given name not found`);
		if (!party.country && !party.office?.country) warnings.push(`${party.mention}: nationality not found`);
	}
	return warnings;
}
