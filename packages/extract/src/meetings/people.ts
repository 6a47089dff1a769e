import { type Diplomat, nameForms, type OfficeKind, officeAt } from "@sidelines/domain";
import { fold as foldName } from "../fold.js";
import { LEADERS_CHECKED } from "../vocabulary/leaders.js";
import { leaderByName, officesOn } from "../vocabulary/leaders-lookup.js";
import { parsePersonName } from "./names.js";
import { ABBREVIATED_TITLES, officeKind } from "./titles.js";

/** A person the text mentions, resolved to a known diplomat when the registry has them. */
export interface PersonRef {
	/** Stable within one extraction: `diplomat:<id>` or `new:<folded name>`. */
	key: string;
	given: string;
	family: string;
	order: "family-first" | "given-first";
	/** The name as the text first printed it. */
	printed: string;
	country?: string;
	title?: string;
	kind?: OfficeKind;
	diplomatId?: string;
}

const MIN_TOKEN = 3;
const SOLE_HOLDER_HEADS = new Set(["president", "premier", "chancellor", "king", "queen", "emir", "sultan"]);

function tokensOf(person: Pick<PersonRef, "given" | "family">): string[] {
	return foldName(`${person.given} ${person.family}`).split(" ").filter(Boolean);
}

/**
 * The people of one text: resolves printed names and back-references ("Motegi", "Vinh") to one person each,
 * matching the registry first (every name form, aliases, native script, surname alone) before proposing new people.
 */
const INNER_APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;

export class PeopleBook {
	readonly people: PersonRef[] = [];
	private readonly registry: readonly Diplomat[];
	private readonly day: string;

	constructor(registry: readonly Diplomat[], publishedDay: string) {
		this.registry = registry;
		this.day = publishedDay;
	}

	private fromDiplomat(diplomat: Diplomat, printed: string): PersonRef {
		const existing = this.people.find((person) => person.diplomatId === diplomat.id);
		if (existing) return existing;
		const office = officeAt(diplomat, this.day) ?? diplomat.offices.at(-1);
		const person: PersonRef = {
			key: `diplomat:${diplomat.id}`,
			given: diplomat.name.given,
			family: diplomat.name.family,
			order: diplomat.name.order,
			printed,
			country: diplomat.country,
			diplomatId: diplomat.id,
			...(office ? { title: office.title, kind: office.kind } : {}),
		};
		this.people.push(person);
		return person;
	}

	private registryMatch(printed: string): Diplomat | undefined {
		const folded = foldName(printed);
		if (!folded) return undefined;
		const exact = this.registry.filter((diplomat) =>
			nameForms(diplomat.name).some((form) => foldName(form) === folded),
		);
		if (exact.length === 1) return exact[0];
		if (exact.length > 1) {
			// A bare surname shared by several diplomats: prefer the one in office on the day.
			const inOffice = exact.filter((diplomat) => officeAt(diplomat, this.day) !== undefined);
			return inOffice.length === 1 ? inOffice[0] : undefined;
		}
		return undefined;
	}

	/** Resolves a printed full name (two or more words) to a person, creating one when unknown. */
	resolveName(printed: string, given: { country?: string; title?: string } = {}): PersonRef | undefined {
		let hints = given;
		const folded = foldName(printed);
		const words = folded.split(" ").filter(Boolean);
		if (words.length === 1 || !/\s/.test(printed.trim())) {
			const known = this.resolveToken(printed);
			if (known) return known;
		}
		const seen = this.people.find(
			(person) =>
				foldName(`${person.given} ${person.family}`) === folded ||
				foldName(`${person.family} ${person.given}`) === folded ||
				foldName(person.printed) === folded,
		);
		// "Lula" first, "Lula da Silva" later: the surname-only person gets the full name.
		const bySurname =
			words.length >= 2
				? this.people.find((candidate) => !candidate.given && words.includes(foldName(candidate.family)))
				: undefined;
		if (!seen && bySurname) {
			const full = parsePersonName(printed);
			if (full) Object.assign(bySurname, { given: full.given, family: full.family, order: full.order });
		}
		const person =
			seen ??
			bySurname ??
			this.matchRegistry(printed) ??
			this.people.find((candidate) => this.sameByParts(candidate, words)) ??
			// "Villaseñor Ruiz" after "Alejandra Villaseñor Ruiz": the last words of a name already met.
			this.people.find((candidate) =>
				` ${foldName(`${candidate.given} ${candidate.family}`)}`.endsWith(` ${folded}`),
			);
		if (person) {
			this.enrich(person, hints);
			return person;
		}
		// "Lavrov met with ...": a surname alone, for a person the text never names in full.
		const parsed =
			parsePersonName(printed) ??
			(words.length === 1 ? { given: "", family: printed.trim(), order: "given-first" as const } : undefined);
		if (!parsed) return undefined;
		// A head of state, head of government or foreign minister of the leaders table: their name's order, and the
		// office they held on the day when the text gives none.
		const leader = leaderByName(printed, this.day || undefined);
		const office = leader && (officesOn(leader, this.day || LEADERS_CHECKED)[0] ?? leader.terms.at(-1));
		const name = leader
			? { given: leader.name.given, family: leader.name.family, order: leader.name.order }
			: parsed;
		if (office) hints = { country: hints.country ?? office.country, title: hints.title ?? office.title };
		const created: PersonRef = {
			key: `new:${foldName(`${name.given} ${name.family}`)}`,
			given: name.given,
			family: name.family,
			order: name.order,
			printed,
		};
		this.enrich(created, hints);
		this.people.push(created);
		return created;
	}

	private matchRegistry(printed: string): PersonRef | undefined {
		const diplomat = this.registryMatch(printed);
		return diplomat ? this.fromDiplomat(diplomat, printed) : undefined;
	}

	/** "Joe Biden" after "Joseph Biden": same family name and same initial. */
	private sameByParts(person: PersonRef, words: string[]): boolean {
		const family = foldName(person.family);
		const given = foldName(person.given);
		const text = words.join(" ");
		return family.length > 0 && text.endsWith(family) && given.charAt(0) === text.charAt(0);
	}

	private enrich(person: PersonRef, hints: { country?: string; title?: string }): void {
		if (hints.country && !person.country) person.country = hints.country;
		if (hints.title && !person.title) {
			person.title = hints.title;
			person.kind = officeKind(hints.title);
		}
	}

	/**
	 * Resolves a one-word back-reference ("Motegi", "Vinh") to a person already met in the text, or to a
	 * registry diplomat by surname. Family names win over given names; ambiguity resolves to nobody.
	 */
	resolveToken(token: string): PersonRef | undefined {
		const known = this.resolveWord(token);
		// "Sing’oei" after "Singoei": an apostrophe inside a surname is a spelling of the same name.
		const joined = token.replace(INNER_APOSTROPHE, "");
		return known || joined === token ? known : this.resolveWord(joined);
	}

	private resolveWord(token: string): PersonRef | undefined {
		const folded = foldName(token);
		if (!folded) return undefined;
		const byFamily = this.people.filter(
			(person) => foldName(person.family).split(" ").includes(folded) || foldName(person.family) === folded,
		);
		// "Abiy" after "Abiy Ahmed": a surname-only person never hides the full name the word belongs to.
		const fullNames = this.people.filter((person) => person.given && tokensOf(person).includes(folded));
		if (byFamily.every((person) => !person.given) && fullNames.length === 1) return fullNames[0];
		if (byFamily.length === 1) return byFamily[0];
		if (byFamily.length > 1) return undefined;
		if (folded.length >= MIN_TOKEN || token.length >= 2) {
			const byAny = this.people.filter((person) => tokensOf(person).includes(folded));
			if (byAny.length === 1) return byAny[0];
			// A surname-only person and the full name it belongs to: the full name.
			const named = byAny.filter((person) => person.given);
			if (named.length === 1) return named[0];
			if (byAny.length > 1) return undefined;
		}
		const diplomat = this.registryMatch(token);
		return diplomat ? this.fromDiplomat(diplomat, token) : undefined;
	}

	/** Registry diplomats written in their own script in `text` ("茂木敏充"), with where. */
	nativeMentions(text: string): Array<{ start: number; end: number; person: PersonRef }> {
		const found: Array<{ start: number; end: number; person: PersonRef }> = [];
		for (const diplomat of this.registry) {
			const native = diplomat.name.native;
			if (!native) continue;
			for (
				let start = text.indexOf(native);
				start >= 0;
				start = text.indexOf(native, start + native.length)
			) {
				found.push({ start, end: start + native.length, person: this.fromDiplomat(diplomat, native) });
			}
		}
		return found;
	}

	/** Marks a person as the most recently mentioned (role references look backwards from the end). */
	touch(person: PersonRef): void {
		const index = this.people.indexOf(person);
		if (index >= 0 && index !== this.people.length - 1) {
			this.people.splice(index, 1);
			this.people.push(person);
		}
	}

	/**
	 * The person most recently given a title containing `head` whose country the text has not given: a role
	 * with a country ("the Ghanaian president") names them and gives them that country.
	 */
	byRoleUncountried(head: string, country: string): PersonRef | undefined {
		// Only offices a country has one holder of: "the Chilean ambassador" may be anyone's new envoy.
		if (!SOLE_HOLDER_HEADS.has(head)) return undefined;
		for (let index = this.people.length - 1; index >= 0; index--) {
			const person = this.people[index];
			if (!person || person.country) continue;
			const title = (person.title ?? "").toLowerCase();
			// "Ambassador of Chile to Kazakhstan": a title that names countries is no head of state's.
			if (!title.includes(head) || / of /.test(title)) continue;
			person.country = country;
			return person;
		}
		return undefined;
	}

	/** The person most recently given a title containing `head` ("envoy", "minister"), or of a country. */
	byRole(
		head: string | undefined,
		country: string | undefined,
		exclude: readonly PersonRef[],
		title?: string,
	): PersonRef | undefined {
		// "the Principal Secretary": whoever holds that very title before anyone whose title shares its head.
		const full = title?.toLowerCase();
		if (full && !country && full !== head) {
			const holder = this.people.findLast(
				(person) => !exclude.includes(person) && (person.title ?? "").toLowerCase().startsWith(full),
			);
			if (holder) return holder;
		}
		for (let index = this.people.length - 1; index >= 0; index--) {
			const person = this.people[index];
			if (!person || exclude.includes(person)) continue;
			if (country && person.country !== country) continue;
			const title = (person.title ?? "").toLowerCase();
			const heads = ABBREVIATED_TITLES[head ?? ""] ?? [head?.replace(/s$/, "") ?? ""];
			if (head && !country && !heads.some((full) => title.includes(full))) continue;
			return person;
		}
		return undefined;
	}
}
