/**
 * Plural heads that, followed by "of"/"from"/"representing" and a list of countries, stand for one delegation
 * per country: "the ambassadors of Estonia, France and Canada", "ministers from Laos and Cambodia",
 * "diplomats representing France and Italy", "the foreign ministers of seven countries: A, B, C".
 */
export const DELEGATION_LIST_HEADS = [
	"ambassadors",
	"envoys",
	"diplomats",
	"representatives",
	"ministers",
	"counterparts",
	"leaders",
	"presidents",
	"delegations",
	"officials",
	"heads",
] as const;

/** Words that link a collective head to its list of countries. */
export const DELEGATION_LIST_LINKS = ["of", "from", "representing"] as const;
