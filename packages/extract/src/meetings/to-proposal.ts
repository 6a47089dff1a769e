import type { Draft, Party } from "./draft.js";
import type { MeetingProposal, PartyProposal } from "./proposal.js";
import { officeKind } from "./titles.js";
import type { Trigger } from "./triggers.js";

/** How sure a new meeting is, from how it was reported. */
export function confidenceFor(trigger: Trigger, parties: Party[], dated: boolean): number {
	let confidence = trigger.kind === "verb" ? 0.7 : 0.6;
	if (trigger.vague) confidence -= 0.2;
	if (dated) confidence += 0.1;
	if (parties.every((party) => party.kind === "person")) confidence += 0.1;
	if (trigger.status === "planned") confidence -= 0.1;
	return Math.max(0.05, Math.min(0.95, Math.round(confidence * 100) / 100));
}

/** The proposal for a finished draft. */
export function toProposal(draft: Draft): MeetingProposal {
	const titles = draft.parties.flatMap((party) =>
		party.kind === "person" && party.person.title ? [party.person.title] : [],
	);
	const participants: PartyProposal[] = draft.parties.map((party) => {
		if (party.kind === "delegation")
			return { kind: "delegation", country: party.country, description: party.description };
		const person = party.person;
		// "his French counterpart Catherine Colonna": a counterpart holds the same office as the other side.
		const title = person.title ?? (titles.length === 1 ? titles[0] : undefined);
		const office = title
			? {
					title,
					kind: person.kind ?? officeKind(title),
					...(person.country ? { country: person.country } : {}),
				}
			: undefined;
		const name = { given: person.given, family: person.family, order: person.order };
		const common = {
			...(person.country ? { country: person.country } : {}),
			...(office ? { office } : {}),
			mention: person.printed,
		};
		return person.diplomatId
			? { kind: "diplomat", diplomatId: person.diplomatId, name, ...common }
			: {
					kind: "new-diplomat",
					name: {
						...name,
						aliases: person.printed !== `${person.given} ${person.family}` ? [person.printed] : [],
					},
					...common,
				};
	});
	const proposal: MeetingProposal = {
		status: draft.status,
		participants,
		date: draft.date,
		format: draft.format,
		topics: draft.topics,
		evidence: draft.evidence,
		confidence: draft.inherited ? Math.max(0.05, draft.confidence - 0.05) : draft.confidence,
	};
	if (draft.duration) proposal.duration = draft.duration;
	if (draft.place && draft.format !== "phone" && draft.format !== "video") proposal.place = draft.place;
	if (draft.occasion) proposal.occasion = draft.occasion;
	return proposal;
}
