import { z } from "zod";
import { CountryCode } from "../country/countries.js";
import { PersonName } from "../person/name.js";
import { IsoDay, plainText, RecordId, Version } from "../validation/common.js";

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
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** An office held for a term. `end` is absent while it is held; both ends are inclusive days. */
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

/** A social or web handle, e.g. `{ network: "x", handle: "SecBlinken" }`. */
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

/** A person who holds or held diplomatic office, with the terms of each office. */
export const Diplomat = z
	.strictObject({ id: RecordId, version: Version, ...diplomatFields })
	.superRefine((diplomat, ctx) => officesDoNotOverlapForSameTitle(diplomat.offices, ctx));
export type Diplomat = z.infer<typeof Diplomat>;

/** What an editor sends to create a diplomat; the id is derived from the name when absent. */
export const DiplomatCreate = z
	.strictObject({ id: RecordId.optional(), ...diplomatFields })
	.superRefine((diplomat, ctx) => officesDoNotOverlapForSameTitle(diplomat.offices, ctx));
export type DiplomatCreate = z.input<typeof DiplomatCreate>;

/** A partial update to a diplomat. */
export const DiplomatUpdate = z.strictObject({
	name: PersonName.optional(),
	country: CountryCode.optional(),
	offices: z.array(Office).max(100).optional(),
	handles: z.array(Handle).max(20).optional(),
});
export type DiplomatUpdate = z.infer<typeof DiplomatUpdate>;
