import { z } from "zod";
import { CountryCode } from "../country/countries.js";
import type { FuzzyDate } from "../date/fuzzy-date.js";
import { IsoDay, plainText, RecordId, Slug, Version } from "../validation/common.js";

/**
 * Where something happened: a city in a country, optionally a venue.
 * @example
 * Place.parse({ city: "Matera", country: "IT" }); // { city: "Matera", country: "IT" }
 */
export const Place = z.strictObject({
	city: plainText("city", 120).optional(),
	country: CountryCode,
	venue: plainText("venue", 200).optional(),
});
export type Place = z.infer<typeof Place>;

const occasionFields = {
	slug: Slug,
	name: plainText("occasion name", 300),
	/** Short form for lists, e.g. "G20 foreign ministers, Matera". */
	shortName: plainText("short name", 120).optional(),
	place: Place.optional(),
	start: IsoDay,
	end: IsoDay.optional(),
	/** Who convened it, e.g. `G20`. */
	organiser: plainText("organiser", 200).optional(),
};

const endNotBeforeStart = <T extends { start?: string | undefined; end?: string | undefined }>(occasion: T) =>
	occasion.end === undefined || occasion.start === undefined || occasion.end >= occasion.start;

/**
 * A gathering that meetings happen on the sidelines of (a summit, a ministers' meeting, a general assembly).
 * @example
 * import { materaOccasion } from "@sidelines/domain/fixtures";
 * Occasion.parse(materaOccasion).shortName; // "G20 ministers, Matera"
 */
export const Occasion = z
	.strictObject({ id: RecordId, version: Version, ...occasionFields })
	.refine(endNotBeforeStart, { path: ["end"], error: "an occasion cannot end before it starts" });
export type Occasion = z.infer<typeof Occasion>;

/**
 * What an editor sends to create an occasion; the id is assigned when absent.
 * @example
 * OccasionCreate.parse({ slug: "g20-summit-rome-2021", name: "G20 Rome Summit", start: "2021-10-30", end: "2021-10-31" });
 */
export const OccasionCreate = z
	.strictObject({ id: RecordId.optional(), ...occasionFields })
	.refine(endNotBeforeStart, { path: ["end"], error: "an occasion cannot end before it starts" });
export type OccasionCreate = z.infer<typeof OccasionCreate>;

/**
 * A partial update to an occasion.
 * @example
 * OccasionUpdate.parse({ end: "2021-06-30" }); // { end: "2021-06-30" }
 * OccasionUpdate.safeParse({ start: "2021-10-30", end: "2021-10-29" }).success; // false: it cannot end before it starts
 */
export const OccasionUpdate = z
	.strictObject(occasionFields)
	.partial()
	.refine(endNotBeforeStart, { path: ["end"], error: "an occasion cannot end before it starts" });
export type OccasionUpdate = z.infer<typeof OccasionUpdate>;

/**
 * A site section such as Japan or Middle East.
 * @example
 * Section.parse({ slug: "middle-east", name: "Middle East" }); // { slug: "middle-east", name: "Middle East" }
 */
export const Section = z.strictObject({
	slug: Slug,
	name: plainText("section name", 80),
	/** Parent section slug for breadcrumbs. */
	parent: Slug.optional(),
});
export type Section = z.infer<typeof Section>;

/**
 * The occasion's days as a fuzzy date: one day, or the month it started in when it spans several.
 * @example
 * occasionDate({ start: "2021-06-29" }); // { year: 2021, month: 6, day: 29, precision: "day" }
 * formatFuzzyDate(occasionDate({ start: "2021-10-30", end: "2021-10-31" })); // "October 2021"
 */
export function occasionDate(occasion: Pick<Occasion, "start" | "end">): FuzzyDate {
	const [year, month, day] = occasion.start.split("-").map(Number) as [number, number, number];
	if (occasion.end === undefined || occasion.end === occasion.start)
		return { year, month, day, precision: "day" };
	return { year, month, precision: "month" };
}
