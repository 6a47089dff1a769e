import { bodyText, type Diplomat } from "@sidelines/domain";
import { DATELINE_AFTER_CITY, OPENING_WORDS, UPPER_DATELINE } from "../../vocabulary/clauses.js";
import { publishedDay } from "../dates.js";
import { knownPlace } from "../gazetteer.js";
import { PeopleBook } from "../people.js";
import { gatheringSetting } from "../setting.js";
import type { ExtractionState } from "./state.js";

/** What the extractor reads from an article: its body and publication time. */
export interface ArticleText {
	body: Parameters<typeof bodyText>[0]["body"];
	/** Absent when the page prints no publication time: dates relative to it stay empty. */
	publishedAt?: string | undefined;
}

/**
 * Stage 1, page → clean text and metadata: the body as one text, the publication day, the people book over the
 * registry, and the place the story is told from (its dateline, else the host city of a gathering it names).
 * Nothing is found yet.
 * @example startExtraction({ body: [{ type: "paragraph", text: "BRUSSELS — ..." }] }).contextPlace; // { city: "Brussels", country: "BE" }
 */
export function startExtraction(article: ArticleText, registry: readonly Diplomat[]): ExtractionState {
	const text = bodyText({ body: article.body as never });
	const day = article.publishedAt === undefined ? undefined : publishedDay(article.publishedAt);
	// With no publication day, the registry's people are read in their latest office.
	const isoDay = day
		? `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`
		: "";
	const dateline = datelineCity(text);
	return {
		text,
		day,
		isoDay,
		book: new PeopleBook(registry, isoDay),
		drafts: [],
		warnings: [],
		lastMeeting: undefined,
		lastSubject: undefined,
		listHead: undefined,
		usedHeads: [],
		reported: [],
		contextDay: undefined,
		previousDay: undefined,
		paragraph: { index: -1, drafts: [] },
		contextPlace: dateline?.city
			? { city: dateline.name, country: dateline.country }
			: gatheringSetting(text, day),
	};
}

/**
 * The city a story is told from: an upper-case dateline ("BRUSSELS —", "TOKYO (Reuters) -", "NAYPYITAW, Myanmar -",
 * "PUTRAJAYA:") or a known city that opens the text before a date or an agency ("Addis Ababa February 6/2022 /ENA/").
 */
function datelineCity(text: string): ReturnType<typeof knownPlace> {
	const capitals = UPPER_DATELINE.exec(text);
	const upper = capitals?.[1] ? knownPlace(capitals[1].toLowerCase()) : undefined;
	if (upper) return upper;
	const words = OPENING_WORDS.exec(text)?.[0].split(" ") ?? [];
	for (let count = Math.min(3, words.length); count >= 1; count--) {
		const name = words.slice(0, count).join(" ");
		const rest = text.slice(name.length);
		const named = knownPlace(name);
		if (named?.city && DATELINE_AFTER_CITY.test(rest)) return named;
	}
	return undefined;
}
