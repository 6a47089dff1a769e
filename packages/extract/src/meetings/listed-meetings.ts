import type { Draft, Party } from "./draft.js";
import type { Mention } from "./mentions.js";
import type { Evidence } from "./proposal.js";
import { confidenceFor } from "./to-proposal.js";
import type { Trigger } from "./triggers.js";

/**
 * A meeting reported with its subject alone ("the leaders the president met during the summit"): numbered items
 * that follow ("1. Prime Minister A of B.") each name one counterpart.
 */
export interface ListHead {
	party: Party;
	trigger: Trigger;
	fields: Pick<Draft, "date" | "format" | "place" | "occasion" | "vagueDate">;
	/** The "meeting dropped" warning, withdrawn once an item names a counterpart. */
	warning: string;
}

const ITEM = /^\d{1,2}[.)]\s+\S/;

/** "3. President A of B.": a numbered item. */
export const isListItem = (sentence: string) => ITEM.test(sentence);

/** The meeting of a numbered item: the head's subject with the first person the item names. */
export function listItemMeeting(head: ListHead, mentions: Mention[], evidence: Evidence): Draft | undefined {
	const named = mentions.find((mention) => mention.kind === "person");
	if (named?.kind !== "person") return undefined;
	if (head.party.kind === "person" && head.party.person === named.person) return undefined;
	const parties: Party[] = [head.party, { kind: "person", person: named.person }];
	return {
		status: "held",
		parties,
		...head.fields,
		inherited: true,
		topics: [],
		evidence: [evidence],
		confidence: confidenceFor(head.trigger, parties, head.fields.date !== null),
	};
}
