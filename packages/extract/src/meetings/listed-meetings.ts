import { countryOf } from "./countries.js";
import type { Draft, Party } from "./draft.js";
import type { Mention } from "./mentions.js";
import type { PeopleBook } from "./people.js";
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

/**
 * The meeting of a numbered item: the head's subject with the first person the item names, titled or not
 * ("7. Dr. Ama Tetteh, Director General of ...").
 */
export function listItemMeeting(
	head: ListHead,
	mentions: Mention[],
	evidence: Evidence,
	book: PeopleBook,
): Draft | undefined {
	const named =
		mentions.find((mention) => mention.kind === "person") ??
		mentions.find(
			(mention) => mention.kind === "bare" && /\s/.test(mention.printed) && !countryOf(mention.printed),
		);
	const person =
		named?.kind === "person"
			? named.person
			: named?.kind === "bare"
				? book.resolveName(named.printed)
				: undefined;
	if (!person) return undefined;
	if (head.party.kind === "person" && head.party.person === person) return undefined;
	const parties: Party[] = [head.party, { kind: "person", person }];
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
