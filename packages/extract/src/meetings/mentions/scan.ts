import { ORGANISATION_WORDS, SITE_WORDS } from "../../vocabulary/not-names.js";
import type { PeopleBook, PersonRef } from "../people.js";
import { type Token, tokenize } from "../tokens.js";
import { countryAt } from "./country-reading.js";

/** Something in a sentence that can be a party to a meeting. */
export type Mention =
	| { kind: "person"; start: number; end: number; person: PersonRef }
	/** Capitalised words that may be a name nobody has introduced with a title; the caller decides. */
	| { kind: "bare"; start: number; end: number; printed: string }
	| { kind: "delegation"; start: number; end: number; country: string; description: string }
	/** "the two ministers", "they", "their", "the pair": the parties of the meeting last reported. */
	| { kind: "group"; start: number; end: number; size?: number }
	/** "he", "she": the person the text is following. */
	| { kind: "pronoun"; start: number; end: number }
	/** A titled person without a name: "the envoy", "the Iraqi minister", "Tonga's prime minister". */
	| {
			kind: "role";
			start: number;
			end: number;
			head: string;
			country?: string;
			title: string;
			/** "the visiting minister": the guest, not the host. */
			visiting?: boolean;
	  };

/** Words after which the capitalised words before them name a site or an organisation, not a person. */
export const SITES = new Set(
	[...SITE_WORDS, ...ORGANISATION_WORDS].filter((word) => word !== "news" && word !== "press"),
);

/**
 * One sentence while its mentions are read: its tokens, the mentions found so far, and which tokens a mention
 * already claimed (each reader skips those, so an earlier reader's reading wins).
 */
export class MentionScan {
	readonly tokens: Token[];
	readonly mentions: Mention[] = [];
	readonly claimed: boolean[];

	constructor(
		readonly sentence: string,
		readonly book: PeopleBook,
	) {
		this.tokens = tokenize(sentence);
		this.claimed = new Array<boolean>(this.tokens.length).fill(false);
	}

	/** Marks tokens `from`..`to` (exclusive) as read. */
	claim(from: number, to: number): void {
		for (let index = from; index < to; index++) this.claimed[index] = true;
	}

	/** The character offsets of tokens `from`..`to` (exclusive). */
	span(from: number, to: number): { start: number; end: number } {
		return { start: this.tokens[from]?.start ?? 0, end: this.tokens[to - 1]?.end ?? 0 };
	}

	/** Adds a delegation mention over tokens `from`..`to`. */
	addDelegation(from: number, to: number, country: string, description: string): void {
		this.mentions.push({ kind: "delegation", ...this.span(from, to), country, description });
	}

	/**
	 * Adds the person named by tokens `from`..`to`, resolved in the people book with what the text says of them,
	 * and claims the name; false when the words name nobody (or a site: "the King Hussein Bridge").
	 */
	addPerson(from: number, to: number, given: { country?: string; title?: string }): boolean {
		const { tokens, book } = this;
		if (SITES.has(tokens[to]?.lower ?? "")) return false;
		// "Tomas Berg of Sweden": a country right after the name.
		const of = tokens[to]?.lower === "of" ? countryAt(tokens, to + 1) : undefined;
		const hints = of && !given.country ? { ...given, country: of.code } : given;
		const printed = this.sentence
			.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0)
			.replace(/\s+/g, " ");
		// "President Trump": a single word right after a title is a person, though the text never names them in full.
		const person =
			to - from >= 2 || (given.title !== undefined && (tokens[from]?.text.length ?? 0) >= 2)
				? book.resolveName(printed, hints)
				: book.resolveToken(printed);
		if (!person) return false;
		if (to - from < 2 && (hints.country || hints.title)) {
			if (hints.country && !person.country) person.country = hints.country;
			if (hints.title && !person.title) person.title = hints.title;
		}
		book.touch(person);
		this.mentions.push({ kind: "person", ...this.span(from, to), person });
		this.claim(from, to);
		return true;
	}
}
