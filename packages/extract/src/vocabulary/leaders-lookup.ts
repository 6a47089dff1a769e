import { foldName, nameForms, type Office, type OfficeKind, officesAt, PersonName } from "@sidelines/domain";
import { fold } from "../fold.js";
import { LEADERS, LEADERS_CHECKED, type LeaderOffice, OFFICE_TITLES } from "./leaders.js";

/**
 * An office from the leaders table. `country` may be an organisation code (EU, UN, NATO).
 * `confirmed` is false when the day asked about falls after the table was last checked and the
 * term had no recorded end: the holder is then only the likeliest one.
 */
export type LeaderOfficeOnDay = Office & { confirmed: boolean };

/** A person from the leaders table. */
export interface KnownLeader {
	name: PersonName;
	/** Every term, oldest first. */
	terms: Office[];
}

const KINDS: Record<LeaderOffice, OfficeKind[]> = {
	hos: ["head-of-state"],
	hog: ["head-of-government"],
	"hos+hog": ["head-of-state", "head-of-government"],
	fm: ["foreign-minister"],
	org: ["other"],
};

const KNOWN: readonly KnownLeader[] = LEADERS.map((record) => ({
	name: PersonName.parse(record.name),
	terms: record.terms
		.flatMap(([country, office, start, end]) =>
			KINDS[office].map((kind): Office => {
				const title = OFFICE_TITLES[country]?.[office];
				if (title === undefined) throw new Error(`leaders table: no ${office} title for ${country}`);
				return { title, kind, country, start, ...(end === undefined ? {} : { end }) };
			}),
		)
		.sort((a, b) => a.start.localeCompare(b.start)),
}));

const byFullName = new Map<string, KnownLeader[]>();
const byFamily = new Map<string, KnownLeader[]>();
const add = (index: Map<string, KnownLeader[]>, key: string, leader: KnownLeader) => {
	const list = index.get(key) ?? [];
	if (!list.includes(leader)) list.push(leader);
	index.set(key, list);
};
for (const leader of KNOWN) {
	for (const form of nameForms(leader.name)) {
		if (form !== leader.name.family) add(byFullName, foldName(form), leader);
	}
	add(byFamily, foldName(leader.name.family), leader);
}

const onDay = (office: Office, day: string): LeaderOfficeOnDay => ({
	...office,
	confirmed: office.end !== undefined || day <= LEADERS_CHECKED,
});

/**
 * The offices a leader held on a day (`YYYY-MM-DD`), most senior first.
 * @example officesOn(leaderByName("Wang Yi")!, "2016-05-01").map((o) => o.title); // ["Minister of Foreign Affairs"]
 */
export function officesOn(leader: KnownLeader, day: string): LeaderOfficeOnDay[] {
	return officesAt({ offices: leader.terms }, day).map((office) => onDay(office, day));
}

/**
 * The leader a mention names: a full name in any order, native script or a known alias
 * (case, accents and punctuation ignored), or a family name alone when exactly one leader with
 * that family name held an office on `day`. Titles must already be stripped from the mention.
 * @example leaderByName("Xi Jinping")?.name.order; // "family-first"
 * @example leaderByName("Modi", "2019-06-01")?.terms[0]?.country; // "IN"
 */
export function leaderByName(mention: string, day?: string): KnownLeader | undefined {
	const key = fold(mention);
	if (key === "") return undefined;
	const full = byFullName.get(key);
	if (full?.length === 1) return full[0];
	if (full && day)
		return onlyOne(full.filter((leader) => officesAt({ offices: leader.terms }, day).length > 0));
	if (full || !day) return undefined;
	const family = byFamily.get(key) ?? [];
	return onlyOne(family.filter((leader) => officesAt({ offices: leader.terms }, day).length > 0));
}

const onlyOne = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

/**
 * Who held an office of a country or organisation on a day; on a handover day, the incoming holder.
 * @example officeHolder("JP", "foreign-minister", "2021-06-29")?.leader.name.family; // "Motegi"
 */
export function officeHolder(
	country: string,
	kind: OfficeKind,
	day: string,
): { leader: KnownLeader; office: LeaderOfficeOnDay } | undefined {
	let best: { leader: KnownLeader; office: Office } | undefined;
	for (const leader of KNOWN) {
		for (const office of leader.terms) {
			if (office.country !== country || office.kind !== kind) continue;
			if (office.start > day || (office.end !== undefined && office.end < day)) continue;
			if (!best || office.start > best.office.start) best = { leader, office };
		}
	}
	return best && { leader: best.leader, office: onDay(best.office, day) };
}
