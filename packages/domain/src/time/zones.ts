/** What a time-zone abbreviation printed by a news page can mean: offset in minutes and IANA zone if one fits. */
export interface ZoneMeaning {
	offsetMinutes: number;
	zone?: string;
}

/** Abbreviations with a single meaning in English-language news. */
export const UNAMBIGUOUS_ZONES: Readonly<Record<string, ZoneMeaning>> = {
	UTC: { offsetMinutes: 0, zone: "UTC" },
	GMT: { offsetMinutes: 0, zone: "UTC" },
	Z: { offsetMinutes: 0, zone: "UTC" },
	JST: { offsetMinutes: 540, zone: "Asia/Tokyo" },
	KST: { offsetMinutes: 540, zone: "Asia/Seoul" },
	HKT: { offsetMinutes: 480, zone: "Asia/Hong_Kong" },
	SGT: { offsetMinutes: 480, zone: "Asia/Singapore" },
	PHT: { offsetMinutes: 480, zone: "Asia/Manila" },
	WIB: { offsetMinutes: 420, zone: "Asia/Jakarta" },
	ICT: { offsetMinutes: 420, zone: "Asia/Bangkok" },
	PKT: { offsetMinutes: 300, zone: "Asia/Karachi" },
	MSK: { offsetMinutes: 180, zone: "Europe/Moscow" },
	EAT: { offsetMinutes: 180, zone: "Africa/Nairobi" },
	CET: { offsetMinutes: 60 },
	CEST: { offsetMinutes: 120 },
	EET: { offsetMinutes: 120 },
	EEST: { offsetMinutes: 180 },
	WET: { offsetMinutes: 0 },
	WEST: { offsetMinutes: 60 },
	EST: { offsetMinutes: -300 },
	EDT: { offsetMinutes: -240 },
	CDT: { offsetMinutes: -300 },
	MST: { offsetMinutes: -420 },
	MDT: { offsetMinutes: -360 },
	PST: { offsetMinutes: -480 },
	PDT: { offsetMinutes: -420 },
	AEST: { offsetMinutes: 600 },
	AEDT: { offsetMinutes: 660 },
	NZST: { offsetMinutes: 720 },
	NZDT: { offsetMinutes: 780 },
};

/** Abbreviations that mean different offsets in different places; a zone hint must decide. */
export const AMBIGUOUS_ZONES: Readonly<Record<string, readonly ZoneMeaning[]>> = {
	IST: [
		{ offsetMinutes: 330, zone: "Asia/Kolkata" },
		{ offsetMinutes: 60, zone: "Europe/Dublin" },
		{ offsetMinutes: 120, zone: "Asia/Jerusalem" },
		{ offsetMinutes: 180, zone: "Asia/Jerusalem" },
	],
	CST: [
		{ offsetMinutes: 480, zone: "Asia/Shanghai" },
		{ offsetMinutes: -360, zone: "America/Chicago" },
		{ offsetMinutes: -300, zone: "America/Havana" },
	],
	BST: [
		{ offsetMinutes: 60, zone: "Europe/London" },
		{ offsetMinutes: 360, zone: "Asia/Dhaka" },
	],
	AST: [
		{ offsetMinutes: 180, zone: "Asia/Riyadh" },
		{ offsetMinutes: -240, zone: "America/Halifax" },
	],
};

/**
 * The UTC offset (minutes) of an IANA zone at a UTC instant, from the platform's time-zone data.
 * @example offsetOfZoneAt("Asia/Kolkata", Date.UTC(2023, 2, 2)); // 330
 */
export function offsetOfZoneAt(zone: string, epochMs: number): number {
	const parts = new Intl.DateTimeFormat("en-US", {
		timeZone: zone,
		timeZoneName: "longOffset",
	}).formatToParts(epochMs);
	const name = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return match[1] === "-" ? -minutes : minutes;
}

/**
 * Whether the platform knows `zone` as an IANA time zone.
 * @example
 * isIanaZone("Asia/Tokyo"); // true
 * isIanaZone("Tokyo"); // false
 */
export function isIanaZone(zone: string): boolean {
	const known = zoneValidity.get(zone);
	if (known !== undefined) return known;
	let valid: boolean;
	try {
		new Intl.DateTimeFormat("en-US", { timeZone: zone });
		valid = true;
	} catch {
		valid = false;
	}
	// Building a formatter costs tens of microseconds and every validated article asks; the answers are few.
	if (zoneValidity.size < 1_000) zoneValidity.set(zone, valid);
	return valid;
}

const zoneValidity = new Map<string, boolean>();

/**
 * The IANA `Etc/GMT±N` zone for a whole-hour offset (note the inverted sign), else undefined.
 * @example
 * fixedOffsetZone(540); // "Etc/GMT-9"
 * fixedOffsetZone(330); // undefined: India's half hour has no Etc zone
 */
export function fixedOffsetZone(offsetMinutes: number): string | undefined {
	if (offsetMinutes === 0) return "UTC";
	if (offsetMinutes % 60 !== 0 || Math.abs(offsetMinutes) > 14 * 60) return undefined;
	const hours = offsetMinutes / 60;
	return `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
}
