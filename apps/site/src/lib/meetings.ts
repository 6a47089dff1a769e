import {
	countryName,
	type Diplomat,
	type Duration,
	formatFuzzyDate,
	isoFuzzyDate,
	type Meeting,
	type MeetingFormat,
	type Occasion,
	occasionDate,
	officeAt,
	officialName,
	type Party,
} from "@sidelines/domain";
import { diplomatPath } from "./paths.js";

/**
 * How each format reads in a sentence on the site.
 * @example FORMAT_WORDS.phone; // "Phone call"
 */
export const FORMAT_WORDS: Readonly<Record<MeetingFormat, string>> = {
	in_person: "In person",
	phone: "Phone call",
	video: "Video call",
	hybrid: "In person and by video",
	unknown: "Format not reported",
};

/**
 * A duration in words, honest about approximation.
 * @example durationWords({ minutes: 20, approximate: true }); // "about 20 minutes"
 */
export function durationWords({ minutes, approximate }: Duration): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
	let words: string;
	if (hours === 0) words = plural(minutes, "minute");
	else if (rest === 0) words = hours === 1 && approximate ? "an hour" : plural(hours, "hour");
	else words = `${plural(hours, "hour")} ${plural(rest, "minute")}`;
	return approximate ? `about ${words}` : words;
}

/** One side of a meeting as a reader sees it. */
export interface PartyView {
	key: string;
	/** The diplomat's page, absent for an unnamed delegation or a diplomat the API does not know. */
	href?: string;
	name: string;
	/** Native-script name and its language, e.g. 茂木敏充 in `ja`. */
	native?: { text: string; lang: string };
	/** Office held at the time of the meeting, e.g. "Minister for Foreign Affairs". */
	office?: string;
	country: string;
}

const NATIVE_LANGUAGES: Readonly<Record<string, string>> = {
	JP: "ja",
	CN: "zh",
	TW: "zh-Hant",
	KR: "ko",
	KP: "ko",
	RU: "ru",
	SA: "ar",
	AE: "ar",
	EG: "ar",
	IR: "fa",
	IL: "he",
	IN: "hi",
	TH: "th",
	GR: "el",
	UA: "uk",
};

/**
 * The BCP 47 language of a diplomat's native-script name, from their country.
 * @example nativeLanguage("JP"); // "ja"
 */
function nativeLanguage(country: string): string {
	return NATIVE_LANGUAGES[country] ?? "und";
}

/** A diplomat's display names: official form, and native form with its language. */
export function diplomatNames(
	diplomat: Pick<Diplomat, "name" | "country">,
): Pick<PartyView, "name" | "native"> {
	const native = diplomat.name.native;
	return {
		name: officialName(diplomat.name),
		...(native ? { native: { text: native, lang: nativeLanguage(diplomat.country) } } : {}),
	};
}

/**
 * A party as the reader sees it, with the office held at the time (as recorded, or from the diplomat's terms).
 * @example partyView(party, diplomatsById, meeting).name; // "MOTEGI Toshimitsu"
 */
export function partyView(
	party: Party,
	diplomats: ReadonlyMap<string, Diplomat>,
	meeting: Pick<Meeting, "date">,
): PartyView {
	if (party.kind === "delegation") {
		const country = countryName(party.country) ?? party.country;
		return {
			key: `country:${party.country}`,
			name: party.description ?? `Delegation of ${country}`,
			country,
		};
	}
	const diplomat = diplomats.get(party.diplomatId);
	const title =
		party.office?.title ?? (diplomat && meeting.date ? officeAt(diplomat, meeting.date)?.title : undefined);
	const countryCode = party.office?.country ?? diplomat?.country;
	return {
		key: party.diplomatId,
		...(diplomat
			? { href: diplomatPath(diplomat.id), ...diplomatNames(diplomat) }
			: { name: party.diplomatId.replace(/-/g, " ") }),
		...(title ? { office: title } : {}),
		country: countryCode ? (countryName(countryCode) ?? countryCode) : "",
	};
}

/** When a meeting happened, as precisely as known, with where that knowledge comes from. */
export interface MeetingWhen {
	text: string;
	/** Value for `<time datetime>`: a day, month or year. */
	datetime?: string;
	/** Set when the day is the occasion's, not reported for the meeting itself. */
	fromOccasion?: boolean;
}

/**
 * The meeting's date in words ("late January 2021"), or the occasion's day when the meeting's is not reported.
 * @example meetingWhen(materaMeetings[3]).text; // "late January 2021"
 */
export function meetingWhen(meeting: Pick<Meeting, "date">, occasion?: Occasion): MeetingWhen {
	if (meeting.date) return { text: formatFuzzyDate(meeting.date), datetime: isoFuzzyDate(meeting.date) };
	if (occasion) {
		const date = occasionDate(occasion);
		return { text: formatFuzzyDate(date), datetime: isoFuzzyDate(date), fromOccasion: true };
	}
	return { text: "Date not reported" };
}

/**
 * The year a meeting belongs to for filters and timelines (its own date, else its occasion's).
 * @example meetingYear(materaMeetings[0]); // 2021
 */
export function meetingYear(
	meeting: Pick<Meeting, "date">,
	occasion?: Pick<Occasion, "start">,
): number | undefined {
	if (meeting.date) return meeting.date.year;
	return occasion ? Number(occasion.start.slice(0, 4)) : undefined;
}

/**
 * Names of the parties joined for a heading: "MOTEGI Toshimitsu and Antony Blinken".
 * @example meetingTitle([{ name: "A" }, { name: "B" }, { name: "C" }]); // "A, B and C"
 */
export function meetingTitle(parties: readonly Pick<PartyView, "name">[]): string {
	const names = parties.map((party) => party.name);
	if (names.length <= 1) return names.join("");
	return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * The diplomat ids a list of meetings names, once each.
 * @example diplomatIdsOf(materaMeetings).length; // 6
 */
export function diplomatIdsOf(meetings: readonly Meeting[]): string[] {
	const ids = new Set<string>();
	for (const meeting of meetings)
		for (const party of meeting.participants) if (party.kind === "diplomat") ids.add(party.diplomatId);
	return [...ids];
}
