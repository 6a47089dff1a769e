import type { OfficeKind } from "@sidelines/domain";

/** Words that make an office title's head: the title names a person only when one of these is present. */
export const TITLE_HEADS = new Set([
	"minister",
	"ministers",
	"secretary",
	"secretaries",
	"secretary-general",
	"undersecretary",
	"under-secretary",
	"president",
	"presidents",
	"vice-president",
	"premier",
	"chancellor",
	"ambassador",
	"ambassadors",
	"envoy",
	"envoys",
	"representative",
	"commissioner",
	"councillor",
	"councilor",
	"king",
	"queen",
	"emir",
	"sultan",
	"prince",
	"director-general",
	"d'affaires",
	"d’affaires",
	"director",
	"spokesperson",
	"spokesman",
	"spokeswoman",
	"governor",
	"diplomat",
	"diplomats",
	"chair",
	"co-chair",
	"co-chairman",
	"chairman",
	"chairwoman",
	"chairperson",
	"leader",
	"leaders",
	"adviser",
	"advisor",
	"counsellor",
	"president-elect",
	"chief",
	"foreign-minister",
]);

/**
 * Titles abbreviated in capitals ("Turkish FM A", "PS A", "the DP"), with what they stand for; a role written so
 * refers to the person last given one of the full titles.
 */
export const ABBREVIATED_TITLES: Readonly<Record<string, readonly string[]>> = {
	fm: ["foreign minister"],
	pm: ["prime minister"],
	dpm: ["deputy prime minister"],
	dp: ["deputy president"],
	vp: ["vice president", "vice-president"],
	ps: ["principal secretary", "permanent secretary"],
	cs: ["cabinet secretary"],
	eam: ["external affairs minister"],
};

/** The full titles a title word stands for: itself, or what an abbreviation in capitals expands to. */
export const fullTitles = (token: {
	text: string;
	lower: string;
	allCaps: boolean;
}): readonly string[] | undefined => (token.allCaps ? ABBREVIATED_TITLES[token.lower] : undefined);

/** Words that qualify a head ("Deputy", "Foreign", "External Affairs", "Prime"). */
export const TITLE_MODIFIERS = new Set([
	"foreign",
	// "chargé d'affaires", often printed without its accent.
	"chargé",
	"charge",
	"deputy",
	"vice",
	"state",
	"senior",
	"special",
	"federal",
	"cabinet",
	"trade",
	"finance",
	"defence",
	"defense",
	"economy",
	"interior",
	"home",
	"external",
	"prime",
	"high",
	"permanent",
	"acting",
	"top",
	"first",
	"under",
	"assistant",
	"principal",
	"parliamentary",
	"national",
	"security",
	"outgoing",
	"new",
	"former",
	"incoming",
	"executive",
	"policy",
	// Portfolios named before the head ("Commerce Minister", "Agriculture Secretary").
	"commerce",
	"agriculture",
	"health",
	"education",
	"transport",
	"tourism",
	"culture",
	"labour",
	"labor",
	"environment",
	"industry",
	"energy",
	"climate",
	"digital",
	"science",
	"justice",
	"infrastructure",
	"fisheries",
	"mining",
	"petroleum",
	"oil",
	"water",
	"housing",
	"information",
	"communications",
	"planning",
	"investment",
	"development",
	"economic",
	"treasury",
	"crown",
	"general",
	"affairs",
	"grand",
	"supreme",
	"visiting",
	"chief",
]);

/** Words of a portfolio after "of"/"for" ("Minister for Foreign Affairs and International Cooperation"). */
export const PORTFOLIO_WORDS = new Set([
	"affairs",
	"international",
	"relations",
	"cooperation",
	"co-operation",
	"security",
	"policy",
	"state",
	"europe",
	"european",
	"development",
	"commonwealth",
	"trade",
	"defence",
	"defense",
	"integration",
	"economy",
	"economic",
	"finance",
	"home",
	"interior",
	"justice",
	"commerce",
	"industry",
	"region",
	"great",
	"lakes",
	"middle",
	"east",
	"horn",
	"africa",
	"asia",
	"pacific",
	"americas",
	"gulf",
	"sahel",
	"climate",
	"energy",
	"migration",
	"emigrants",
	"expatriates",
	"investment",
	"tourism",
	"external",
	"foreign",
	"overseas",
	"worship",
	"general",
	"cooperation",
	"regional",
	"african",
	"arab",
	"francophonie",
	"diaspora",
	"nationals",
	"abroad",
]);

/**
 * The kind of office a title names.
 * @example officeKind("Secretary of State"); // "foreign-minister"
 */
export function officeKind(title: string): OfficeKind {
	const lower = title.toLowerCase();
	if (/\b(deputy|vice|under|assistant|state minister|minister of state|junior)\b/.test(lower))
		return "deputy-minister";
	if (
		/\bforeign|external affairs|secretary of state|foreign affairs|international relations|top diplomat\b/.test(
			lower,
		)
	)
		return "foreign-minister";
	if (/\b(prime minister|premier|chancellor)\b/.test(lower)) return "head-of-government";
	if (
		/\b(president|king|queen|emir|sultan)\b/.test(lower) &&
		!/\bcommission|council|assembly|bank\b/.test(lower)
	)
		return "head-of-state";
	if (/\bambassador\b/.test(lower)) return "ambassador";
	if (/\b(envoy|representative)\b/.test(lower)) return "envoy";
	if (/\b(minister|secretary)\b/.test(lower)) return "minister";
	return "other";
}

/**
 * A title as a role for display: capitalised words, country qualifiers dropped.
 * @example displayRole("foreign minister"); // "Foreign Minister"
 */
export function displayRole(title: string): string {
	return title
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^(?:the|new|outgoing|visiting|former|incoming)\s+/i, "")
		.replace(/\bministers\b/i, "minister")
		.split(" ")
		.map((word) =>
			/^(of|for|and|the|to|in|on|d['’]affaires)$/i.test(word)
				? word.toLowerCase()
				: word.charAt(0).toUpperCase() + word.slice(1),
		)
		.join(" ");
}
