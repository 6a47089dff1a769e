import { readCounterparts } from "./mentions/counterparts.js";
import { readCountryParties, readEnumeratedDelegations } from "./mentions/delegations.js";
import { readGroupsAndPronouns } from "./mentions/groups.js";
import { readNativeNames, readPossessedNames, readUntitledNames } from "./mentions/named-people.js";
import { type Mention, MentionScan } from "./mentions/scan.js";
import { readTitledPeople } from "./mentions/titled-people.js";
import type { PeopleBook } from "./people.js";

export type { Mention } from "./mentions/scan.js";

/**
 * Finds the possible parties in a sentence: titled people ("US Secretary of State Antony Blinken"), people
 * with a title after the name ("Penny Wong, Australia's foreign minister"), counterparts, delegations and
 * countries ("counterparts from Saudi Arabia, the UAE and Brazil"), back-references to people already met,
 * groups ("the two ministers") and pronouns. Offsets are relative to the sentence. The readers run in this
 * order; each leaves alone the words an earlier one claimed.
 */
export function findMentions(sentence: string, book: PeopleBook): Mention[] {
	const scan = new MentionScan(sentence, book);
	readNativeNames(scan);
	readEnumeratedDelegations(scan);
	readCountryParties(scan);
	readTitledPeople(scan);
	readCounterparts(scan);
	readPossessedNames(scan);
	readUntitledNames(scan);
	readGroupsAndPronouns(scan);
	return scan.mentions.sort((a, b) => a.start - b.start);
}
