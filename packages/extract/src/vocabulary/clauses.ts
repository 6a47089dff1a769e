/**
 * Clause words the meeting stages read: where a clause ends, what puts a phrase in another clause, what says a
 * meeting took place. Data only; the rules that read them say why.
 */

/** "X said after meeting Y": a reporting verb between a phrase and the trigger puts them in different clauses. */
export const REPORTING_VERB = /\b(?:said|says|told|added|announced|stated|reported|wrote|tweeted)\b/i;

/**
 * Where the parties after a trigger end: a relative clause ("..., which UN officials said ...", "a call in March in
 * which A expressed ..."), the people who came along (", accompanied by A and B"), a source after a reporting
 * verb ("..., RIA Novosti reported citing the Russian delegation"), what a protest was about ("was summoned
 * over the remarks of B") or a time it counts from ("... since the start of A's third term").
 */
export const PARTIES_END =
	/,\s+(?:which|according\s+to\b|accompanied\s+by\b|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:reported|quoted)\b)|\s(?:in|during|at)\s+which\b|\s(?:over|about|against|in\s+connection\s+with|to\s+protest(?:\s+against)?)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:statements?|remarks?|comments?|words|claims?|display|decision)\b|\s+since\s+(?:the|a|an|his|her|their|its)\s/u;

/** "the Russian Foreign Ministry", "Chile's Ministry of Foreign Affairs": who summons an envoy, with its country. */
export const FOREIGN_MINISTRY =
	/\b(?:the\s+)?(?:(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:['’]s)?\s+)?(?:Foreign\s+Ministry|Ministry\s+of\s+(?:Foreign|External)\s+Affairs|Foreign\s+Office)\b/u;

/** "A met B ..., and later held talks with C": what joins a second verb of the same subject (before the verb). */
export const SECOND_VERB_LINK =
	/(?:,\s*|\s)(?:and|then|but|before|after)\s+(?:(?:later|also|then|subsequently|separately)\s+)?$/i;

/** A verb of talking that says nothing of the medium ("B also spoke with C"). */
export const TALKING_VERB = /^(?:spoke|speaks|speak|talked|conferred)\b/i;

/** "The talks took place at ...", "was held in ...": right after a definite noun, it says where the meeting was. */
export const TOOK_PLACE_AFTER =
	/^\s*(?:(?:had|have|has)\s+)?(?:took\s+place|taken\s+place|(?:was|were|had\s+been|have\s+been)\s+held)\b/i;

/** "The ceremony took place in the capital": a sentence that says where something took place. */
export const TOOK_PLACE = /\b(?:took\s+place|was\s+held|were\s+held)\b/i;

/** "are in", "were in" just before a city: the people of the sentence are there. */
export const BEING_IN = /\b(?:is|are|was|were|been)\s+$/i;

/** Words before a place that put the story there: a visit, a trip, an arrival. */
export const VISIT =
	/\b(?:visit(?:s|ed|ing)?|trip|tour|arriv(?:e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?)\b/i;

/** "... met officials in each of the three capitals": what follows a trigger spreads it over several places, so no one meeting. */
export const ACROSS_PLACES =
	/^[^.;]{0,30}?\bin\s+(?:all|each|both|several|many|various)\s+(?:of\s+(?:the|these|those)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:countries|capitals|nations|cities)\b(?!['’])/i;

/** "held meetings at the Cabinet of Ministers of A": a body after "at the" is where the meetings were, not a party. */
export const AT_BODY_BEFORE = /\bat\s+the\s+(?:[^,;.]*?\s)?\p{Lu}[\p{L}-]*\s+of\s+(?:the\s+)?$/u;

/** "a similar meeting", "an earlier meeting": the noun after these words is another meeting than the one reported. */
export const ANOTHER_MEETING = /\b(?:a|an)\s+(?:similar|previous|earlier|prior)\s+$/i;

/** "... between senior envoys of both countries": a meeting of the countries just named. */
export const OF_BOTH_COUNTRIES =
	/^\s+between\s+(?:[\p{L}'’-]+\s+){0,5}?(?:the\s+two|both)\s+(?:countries|nations|sides|governments)\b/iu;

/** "This is their first meeting in person ...": a meeting described in the present, just before its noun. */
export const PRESENT_MEETING = /\b(?:it|this)\s+is\s+(?:the|their|a|an)\s+(?:[\p{L}\d'’-]+\s+){0,4}$/iu;

/** A sentence names a day with a number, a weekday or "today"/"yesterday": most sentences need no date search. */
export const MAY_NAME_DAY = /\d|day\b/i;

/** An upper-case dateline: "BRUSSELS —", "TOKYO (Reuters) -", "NAYPYITAW, Myanmar -", "PUTRAJAYA:". */
export const UPPER_DATELINE =
	/^([A-Z][A-Z .'-]{2,30}?)(?:,\s+[A-Z][\w .]{1,30}?)?\s*(?:\([^)]{1,40}\))?\s*[—–:-]/;

/** Capitalised words opening a text: a city that may be its dateline. */
export const OPENING_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}/u;

/** What follows a city that opens a text as its dateline: a date, an agency in brackets or slashes, a dash. */
export const DATELINE_AFTER_CITY =
	/^,?\s*(?:\(|\/|[—–-]\s|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;

/** "... since he hosted B", "..., where she met B": a subordinate clause opens; its subject is after the word. */
export const CLAUSE_OPENER = /\b(?:since|where|when|while|after|before|until|as)\s+(?=(?:he|she|they)\b)/gi;

/** "A said that both ministers ...", "envoys maintain that ...": the speaker of a reported clause is no party of it. */
export const REPORTED_THAT =
	/\b(?:said|says|added|adds|insist|insists|insisted|claim|claims|claimed|stated|states|confirmed|confirms|noted|notes|explained|argued|maintain|maintains|maintained)\s+that\s+/gi;

/** What stands between a meeting noun and the group it is between ("a call between the two"). */
export const BETWEEN_GAP = /^\s*between\s+$/i;

/** "Okafor has been ...", "Okafor's also ...": a verb right after a name that opens a sentence makes it the subject. */
export const SUBJECT_VERB_AFTER = /^(?:['’]s\b|\s+(?:has|had|is|was|also|then|later|said|says|told)\b)/i;

/** A word that opens a subordinate clause ("... came after A told B", "since A met B"). */
export const SUBORDINATOR = /\b(?:after|since|when|while|because|as)\s+/gi;

/** "between" right after a meeting noun: its parties follow. */
export const BETWEEN_AFTER = /^\s*between\b/i;
