const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// Abbreviations readers in these zones print; Intl only offers "GMT+9" for most of Asia.
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
	"Asia/Tokyo": "JST",
	"Asia/Seoul": "KST",
	"Asia/Kolkata": "IST",
	"Asia/Shanghai": "CST",
	"Asia/Hong_Kong": "HKT",
	"Asia/Singapore": "SGT",
	"Asia/Manila": "PHT",
	"Asia/Jakarta": "WIB",
	"Asia/Bangkok": "ICT",
	"Asia/Karachi": "PKT",
	"Asia/Riyadh": "AST",
	"Asia/Dubai": "GST",
	"Europe/Moscow": "MSK",
	"Africa/Nairobi": "EAT",
	UTC: "UTC",
};

function partsIn(zone: string, instant: Date): Record<string, string> {
	const format = new Intl.DateTimeFormat("en-GB", {
		timeZone: zone,
		year: "numeric",
		month: "numeric",
		day: "numeric",
		hour: "2-digit",
		minute: "2-digit",
		hourCycle: "h23",
	});
	return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

/**
 * The abbreviation a reader in `zone` uses at `instant`: JST, CEST, EDT, or GMT+9 when none is known.
 * @example zoneAbbreviation("Europe/Rome", new Date("2021-06-29T12:00:00Z")); // "CEST"
 */
export function zoneAbbreviation(zone: string, instant: Date): string {
	const known = ZONE_ABBREVIATIONS[zone];
	if (known) return known;
	for (const locale of ["en-GB", "en-US"]) {
		const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })
			.formatToParts(instant)
			.find((part) => part.type === "timeZoneName")?.value;
		if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
	}
	return (
		new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" })
			.formatToParts(instant)
			.find((part) => part.type === "timeZoneName")?.value ?? zone
	);
}

/**
 * An instant as a reader in the article's zone would say it: "30 Jun 2021, 06:06 JST".
 * @example formatInZone("2021-06-29T21:06:02Z", "Asia/Tokyo"); // "30 Jun 2021, 06:06 JST"
 */
export function formatInZone(iso: string, zone: string): string {
	const instant = new Date(iso);
	const parts = partsIn(zone, instant);
	const month = MONTHS[Number(parts.month) - 1] ?? parts.month;
	return `${Number(parts.day)} ${month} ${parts.year}, ${parts.hour}:${parts.minute} ${zoneAbbreviation(zone, instant)}`;
}

/**
 * The calendar day of an instant in a zone, as "30 Jun 2021".
 * @example formatDayInZone("2021-06-30T06:06:02+09:00", "Asia/Tokyo"); // "30 Jun 2021"
 */
export function formatDayInZone(iso: string, zone: string): string {
	const parts = partsIn(zone, new Date(iso));
	return `${Number(parts.day)} ${MONTHS[Number(parts.month) - 1] ?? parts.month} ${parts.year}`;
}
