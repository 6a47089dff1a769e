import { z } from "zod";
import { CountryCode } from "../country/countries.js";
import { PersonName } from "../person/name.js";
import { IsoDay, plainText, RecordId, Version } from "../validation/common.js";

/**
 * The kinds of office a diplomat can hold, from foreign minister to envoy.
 * @example OFFICE_KINDS.includes("foreign-minister"); // true
 */
export const OFFICE_KINDS = [
	"foreign-minister",
	"head-of-government",
	"head-of-state",
	"deputy-minister",
	"minister",
	"ambassador",
	"envoy",
	"other",
] as const;
/**
 * One of {@link OFFICE_KINDS}.
 * @example const kind: OfficeKind = "head-of-government"; // a prime minister
 */
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/**
 * An office held for a term. `end` is absent while it is held; both ends are inclusive days.
 * @example
 * const office: Office = {
 *   title: "Minister for Foreign Affairs",
 *   kind: "foreign-minister",
 *   country: "JP",
 *   start: "2019-09-11",
 * };
 * Office.safeParse({ ...office, end: "2019-01-01" }).success; // false: an office cannot end before it starts
 */
export const Office = z
	.strictObject({
		title: plainText("office title", 200),
		kind: z.enum(OFFICE_KINDS, { error: `office kind is one of ${OFFICE_KINDS.join(", ")}` }),
		country: CountryCode,
		start: IsoDay,
		end: IsoDay.optional(),
	})
	.refine((office) => office.end === undefined || office.end >= office.start, {
		path: ["end"],
		error: "an office cannot end before it starts",
	});
export type Office = z.infer<typeof Office>;

/**
 * A social or web handle, e.g. `{ network: "x", handle: "SecBlinken" }`.
 * @example
 * Handle.parse({ network: "x", handle: "SecBlinken" }); // { network: "x", handle: "SecBlinken" }
 * Handle.safeParse({ network: "myspace", handle: "SecBlinken" }).success; // false
 */
export const Handle = z.strictObject({
	network: z.enum(["x", "bluesky", "mastodon", "facebook", "instagram", "website"]),
	handle: plainText("handle", 200),
});

const diplomatFields = {
	name: PersonName,
	country: CountryCode,
	offices: z.array(Office).max(100).default([]),
	handles: z.array(Handle).max(20).default([]),
};

function officesDoNotOverlapForSameTitle(offices: Office[], ctx: z.RefinementCtx): void {
	offices.forEach((office, index) => {
		for (let other = index + 1; other < offices.length; other++) {
			const next = offices[other];
			if (!next || next.title !== office.title || next.country !== office.country) continue;
			const overlaps =
				(office.end ?? "9999-12-31") >= next.start && (next.end ?? "9999-12-31") >= office.start;
			if (overlaps) {
				ctx.addIssue({
					code: "custom",
					path: ["offices", other],
					message: `overlaps the term of offices.${index} (${office.title})`,
				});
			}
		}
	});
}

/**
 * A person who holds or held diplomatic office, with the terms of each office.
 * @example
 * import { materaDiplomats } from "@sidelines/domain/fixtures";
 * materaDiplomats.map((diplomat) => Diplomat.parse(diplomat).country); // ["US", "JP", "GB", "IT", "JP", "US"]
 */
export const Diplomat = z
	.strictObject({ id: RecordId, version: Version, ...diplomatFields })
	.superRefine((diplomat, ctx) => officesDoNotOverlapForSameTitle(diplomat.offices, ctx));
export type Diplomat = z.infer<typeof Diplomat>;

/**
 * What an editor sends to create a diplomat; the id is derived from the name when absent.
 * @example
 * DiplomatCreate.parse({ name: { given: "Luigi", family: "Di Maio", order: "given-first" }, country: "IT" });
 * // { name: { given: "Luigi", family: "Di Maio", order: "given-first", aliases: [] }, country: "IT", offices: [], handles: [] }
 */
export const DiplomatCreate = z
	.strictObject({ id: RecordId.optional(), ...diplomatFields })
	.superRefine((diplomat, ctx) => officesDoNotOverlapForSameTitle(diplomat.offices, ctx));
export type DiplomatCreate = z.input<typeof DiplomatCreate>;

/**
 * A partial update to a diplomat.
 * @example
 * DiplomatUpdate.parse({ handles: [{ network: "x", handle: "SecBlinken" }] }); // { handles: [{ network: "x", handle: "SecBlinken" }] }
 */
export const DiplomatUpdate = z.strictObject({
	name: PersonName.optional(),
	country: CountryCode.optional(),
	offices: z.array(Office).max(100).optional(),
	handles: z.array(Handle).max(20).optional(),
});
export type DiplomatUpdate = z.infer<typeof DiplomatUpdate>;
