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
	/^(copy|copied)( link| to clipboard)?$/i,
	/^(full article|read (the )?full (article|story)|continue reading|click here.*)$/i,
];

/**
 * Lines a site prints around the article and that are never its headline or text: menus and controls,
 * sign-up prompts, language pickers, font-size buttons, site names, photo labels.
 */
const FURNITURE = [
	/^(menu|menu content|main menu|go top|go to top|skip to (main )?content|all sections|sections|search|top slides)$/i,
	/^(newsletter( signup)?|register|log ?in|sign ?in|register \/ log ?in|newsletter signup register \/ log ?in)$/i,
	/^(report this content|copy|copied|image|photo|video|listen|audio|file image|file photo|screenshot|a\+ a-|a- a\+)$/i,
	/^[+\-−↺\s]*\d*\s*px$/i,
	/^[+\-−]\s*↺\s*[+\-−]/,
	/^(photo|image|picture|file photo|file image)\s*[:：]/i,
	/^filtered by:/i,
	/^[\p{L}-]+\.?\s*\((file )?(image|photo|picture)\)$/iu,
	/^[\w-]+(\.[\w-]+)*\.(com|net|org|info|news|tv|in|pk|ng|uk|co\.[a-z]{2}|gov(\.[a-z]{2})?)$/i,
];

/** Names of languages as sites list them in their language pickers. */
const LANGUAGES = new Set([
	"english",
	"français",
	"francais",
	"español",
	"espanol",
	"deutsch",
	"português",
	"portugues",
	"italiano",
	"русский",
	"українською",
	"українська",
	"العربية",
	"عربي",
	"中文",
	"日本語",
	"한국어",
	"türkçe",
	"فارسی",
	"bahasa indonesia",
	"tiếng việt",
]);

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

/**
 * Whether a line is site furniture rather than article text: a menu or control, a language picker,
 * a site name ("Example.com"), a photo label, or a short "A | B" label row.
 */
export function isFurnitureLine(line: string): boolean {
	const trimmed = line.trim().replace(/^[•·▪‣◦*]\s*/, "");
	if (trimmed === "") return false;
	if (isNoiseLine(trimmed) || FURNITURE.some((pattern) => pattern.test(trimmed))) return true;
	if (trimmed.split(/\s*[|/•·]\s*/).every((word) => LANGUAGES.has(word.toLowerCase()))) return true;
	// "Images | Akorda", "News | World": short labels joined by bars, with no sentence in them.
	const cells = trimmed.split(/\s+\|\s*|\s*\|\s+/);
	return cells.length > 1 && cells.every((cell) => cell.length <= 30 && !/[.!?]$/.test(cell));
}

/** Whether a line opens the rail (Most Popular, Recommended...) after which nothing is article text. */
export function isRailLine(line: string): boolean {
	return RAIL.test(line.trim());
}
