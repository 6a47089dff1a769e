import type { Draft, Party } from "./draft.js";
import { partyKey } from "./draft.js";
import type { Mention } from "./mentions.js";
import type { PeopleBook, PersonRef } from "./people.js";
import type { Trigger } from "./triggers.js";

const ADVERBS =
	"(?:(?:also|then|later|already|again|first|earlier|on\\s+\\w+|separately|briefly|had|has|have)\\s+)*";
/** "Ardakanian held ...", "Ardakanian of Iraq also met ...", "Ardakanian's also met": a bare name right before its verb. */
const BARE_BEFORE = new RegExp(
	`^(?:['’]s\\s+)?[\\s,]*(?:of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s*)?${ADVERBS}$`,
	"iu",
);
/** "Okafor and President Lena Vogt of Austria also sat down ...": a bare name joined to a titled person before the verb. */
const COORDINATED_BEFORE = new RegExp(
	`^\\s+and\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,6}(?:of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+)?${ADVERBS}$`,
	"u",
);

/** "Ama Tetteh, Director General (Africa) at the Foreign Ministry, received ...": one apposition between name and verb. */
const APPOSED_BEFORE = new RegExp(`^\\s*,[^,;.]{3,80},\\s*${ADVERBS}$`, "u");

/** Turns a mention into the parties it stands for: a person, a delegation, a group's parties, a pronoun's subject. */
export function resolveMention(
	mention: Mention,
	side: "before" | "after",
	trigger: Trigger,
	sentence: string,
	book: PeopleBook,
	lastMeeting: Draft | undefined,
	pronounSubject: PersonRef | undefined,
	/** The people the sentence names across the verb: "A met the minister" is not about A. */
	sentencePeople: readonly PersonRef[] = [],
): Party[] {
	switch (mention.kind) {
		case "person":
			return [{ kind: "person", person: mention.person }];
		case "delegation":
			return [{ kind: "delegation", country: mention.country, description: mention.description }];
		case "group":
			return lastMeeting ? [...lastMeeting.parties] : [];
		case "pronoun":
			return pronounSubject ? [{ kind: "person", person: pronounSubject }] : [];
		case "role": {
			// "the visiting minister": the person of that title who is not from the country the meeting was in.
			const host = mention.visiting ? lastMeeting?.place?.country : undefined;
			const guest = host
				? book.byRole(mention.head, mention.country, [
						...sentencePeople,
						...book.people.filter((person) => person.country === host),
					])
				: undefined;
			const person =
				guest ??
				book.byRole(mention.head, mention.country, sentencePeople, mention.title) ??
				// "President Ama Tetteh ... the Ghanaian president": the titled person whose country was not yet known.
				(mention.country ? book.byRoleUncountried(mention.head, mention.country) : undefined);
			if (person && (mention.country || !/s$/.test(mention.head))) return [{ kind: "person", person }];
			return mention.country
				? [{ kind: "delegation", country: mention.country, description: mention.title }]
				: [];
		}
		case "bare": {
			// A name nobody introduced: accept it only as the immediate subject or object of the trigger.
			const gap =
				side === "before"
					? sentence.slice(mention.end, trigger.start)
					: sentence.slice(trigger.end, mention.start);
			const adjacent =
				side === "before"
					? BARE_BEFORE.test(gap) || COORDINATED_BEFORE.test(gap) || APPOSED_BEFORE.test(gap)
					: /^\s*(?:with\s+)?$/i.test(gap);
			if (!adjacent) return [];
			const person = book.resolveName(mention.printed);
			return person ? [{ kind: "person", person }] : [];
		}
	}
}

/** Drops repeated parties, keeping the first. */
export function dedupe(parties: Party[]): Party[] {
	const seen = new Set<string>();
	return parties.filter((party) => {
		const key = partyKey(party);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** One meeting for "A and B met" or "talks between A, B and C"; one per object for "A met B and C". */
export function groupParties(before: Party[], after: Party[], trigger: Trigger): Party[][] {
	const all = dedupe([...before, ...after]);
	const hasPerson = (parties: Party[]) => parties.some((party) => party.kind === "person");
	// Countries alone make a meeting only when summoned or when the text lists them as meeting together
	// ("summoned the envoys of A and B", "a meeting between A, B and C"); otherwise a person must take part.
	const countriesSuffice = trigger.together || /^summon/i.test(trigger.text);
	const valid = (parties: Party[]) => parties.length >= 2 && (countriesSuffice || hasPerson(parties));
	const subjects = before.filter((party) => !after.some((other) => partyKey(other) === partyKey(party)));
	if (!trigger.together && subjects.length === 1 && after.length >= 2) {
		return after.map((object) => dedupe([...subjects, object])).filter(valid);
	}
	return valid(all) ? [all] : [];
}
