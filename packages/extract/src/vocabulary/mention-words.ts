/**
 * Words the mention readers look for besides names and titles: groups that refer back to a meeting's parties,
 * pronouns, collective heads, counterpart words. Data only; the readers say what they do with them.
 */

/** "the two ministers", "both sides", "the pair", "they", "their": the parties of the meeting last reported. */
export const GROUP_PHRASES =
	/\b(?:the\s+(?:two|three|four)\s+(?:ministers|leaders|presidents|prime\s+ministers|sides|men|women|officials|diplomats|counterparts|foreign\s+ministers|delegations)|both\s+(?:ministers|leaders|sides|men|women)|the\s+(?:ministers|leaders|pair|presidents)|the\s+two(?!\s+(?:countries|nations|governments|states))\b)|\b(?:they|them|their)\b/gi;

/** The size a group word gives ("the three leaders": 3). */
export const GROUP_SIZE_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, both: 2, pair: 2 };

/** A size word inside a group phrase. */
export const GROUP_SIZE = /\b(two|three|four|both|pair)\b/i;

/** Words before a plural title that make it a group ("the two ministers", "both leaders"). */
export const GROUP_OPENERS = /^(?:the|two|three|four|both)$/i;

/** The person the text follows. */
export const PERSONAL_PRONOUNS = /\b(?:he|she)\b/gi;
/** "“Today I spoke with B ...”": the first person of a quotation that opens the sentence (case-sensitive "I"). */
export const QUOTED_FIRST_PERSON = /^\s*["“]\s*(?:[\p{L}\d,'’]+\s+){0,3}?(I)\b/u;

/** Heads that, after demonyms or before "from"/"of" and countries, stand for countries' delegations. */
export const COLLECTIVE_HEADS =
	/^(?:delegation|delegations|side|officials|counterparts?|team|ministers|government)$/i;

/** Words whose neighbours name the other side of a meeting: "his French counterpart", "the Chinese delegation". */
export const COUNTERPART_WORDS = /^(counterparts?|colleagues?|delegations?|side|officials|team)$/i;

/** A counterpart named one at a time ("his Serbian counterpart Ivica Markovic"). */
export const SINGLE_COUNTERPART = /^(?:counterpart|colleague)$/i;

/** Counterparts named in a list, one per demonym ("his Serbian and Croatian counterparts, A and B"). */
export const PLURAL_COUNTERPARTS = /^(?:counterparts|colleagues)$/i;

/** "of seven countries:", "of the following countries:" before a list of countries. */
export const COUNTRIES_INTRO = /^(?:(?:the\s+following|\w+)\s+)?countries\s*:$/i;

/** "al-Harbi", "el-Sayed", "bin-Zayed": a lower-case particle joined to a capitalised family name. */
export const JOINED_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ben|bin|abu|ibn|d|o)[-'’]\p{Lu}/u;
