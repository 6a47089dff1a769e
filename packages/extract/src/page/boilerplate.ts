const SOCIAL = new Set([
	"facebook",
	"twitter",
	"x",
	"linkedin",
	"whatsapp",
	"telegram",
	"reddit",
	"email",
	"e-mail",
	"mail",
	"instagram",
	"youtube",
	"tiktok",
	"pinterest",
	"print",
	"share",
	"copy link",
	"flipboard",
	"messenger",
	"line",
	"bluesky",
	"threads",
]);

const NOISE = [
	/^short url:?(\s+\S+)?$/i,
	/^since \d{4}$/i,
	/^return to top$/i,
	/^back to top$/i,
	/^(share|share this|share this article|follow us|subscribe|sign up|advertisement|sponsored|print|comments?)$/i,
	/^(read more|read also|see also|more from .*)$/i,
	/^(published|updated|last updated):?$/i,
];

/** Where the article stops and the page's rail begins. */
const RAIL =
	/^(most popular|recommended|related( articles| stories)?|most read|trending|latest( news)?|you may also like|more stories)$/i;

/** Whether a line is a social network name or share control. */
export function isSocialLine(line: string): boolean {
	return SOCIAL.has(line.trim().toLowerCase());
}

/** Whether a line is page furniture: share links, short-URL labels, taglines, "return to top". */
export function isNoiseLine(line: string): boolean {
	const trimmed = line.trim();
	return isSocialLine(trimmed) || NOISE.some((pattern) => pattern.test(trimmed));
}

/** Whether a line opens the rail (Most Popular, Recommended...) after which nothing is article text. */
export function isRailLine(line: string): boolean {
	return RAIL.test(line.trim());
}
