import type { MeetingProposal } from "../proposal.js";
import { toProposal } from "../to-proposal.js";
import { droppedMeetingWarning, proposalWarnings } from "../warnings.js";
import type { ExtractionState } from "./state.js";

/** The meetings of an article and why any reported meeting was dropped or a field left empty. */
export interface ExtractionReport {
	meetings: MeetingProposal[];
	/** One line each, naming the person or quoting the sentence ("Modi: nationality not found"). */
	warnings: string[];
}

/**
 * Stage 8, proposals: the meetings with two parties or more become proposals; the others are dropped with a
 * warning quoting their sentence (a cancelled one silently). Warnings are said once; a list head's "dropped"
 * warning is withdrawn when an item named its counterpart.
 * @example toReport(state).meetings.length; // 1 for "A met B."
 */
export function toReport(state: ExtractionState): ExtractionReport {
	const meetings: MeetingProposal[] = [];
	const warnings = [...state.warnings];
	for (const draft of state.drafts) {
		if (draft.parties.length < 2) {
			if (draft.status !== "cancelled") warnings.push(droppedMeetingWarning(draft.parties, draft.evidence));
			continue;
		}
		const proposal = toProposal(draft);
		warnings.push(...proposalWarnings(proposal));
		meetings.push(proposal);
	}
	const withdrawn = new Set(state.usedHeads.map((head) => head.warning));
	return { meetings, warnings: [...new Set(warnings)].filter((warning) => !withdrawn.has(warning)) };
}
