import { describe, expect, it } from "vitest";
import { materaDiplomats } from "../fixtures/index.js";
import { describeIssues } from "../validation/issues.js";
import { Diplomat, DiplomatCreate } from "./schema.js";

const [blinken] = materaDiplomats;
if (!blinken) throw new Error("fixture missing");

function issues(input: unknown) {
	const result = Diplomat.safeParse(input);
	if (result.success) throw new Error("expected the diplomat to be rejected");
	return describeIssues(result.error);
}

describe("Diplomat rejects realistic bad records", () => {
	it("rejects an office that ends before it starts", () => {
		const offices = [{ ...blinken.offices[0], start: "2025-01-20", end: "2021-01-26" }];
		expect(issues({ ...blinken, offices })).toEqual([
			{ pointer: "/offices/0/end", path: "offices.0.end", message: "an office cannot end before it starts" },
		]);
	});

	it('rejects "UK" (GB is the ISO code) and "XX" as a country', () => {
		for (const country of ["UK", "XX", "gb"]) {
			const [found] = issues({ ...blinken, country });
			expect(found?.path).toBe("country");
			expect(found?.message).toContain(JSON.stringify(country));
			expect(found?.message).toContain("ISO 3166-1");
		}
		const [office] = issues({ ...blinken, offices: [{ ...blinken.offices[0], country: "UK" }] });
		expect(office?.path).toBe("offices.0.country");
	});

	it("rejects overlapping terms of the same office", () => {
		const offices = [
			{
				title: "Foreign Secretary",
				kind: "foreign-minister",
				country: "GB",
				start: "2019-07-24",
				end: "2021-09-15",
			},
			{ title: "Foreign Secretary", kind: "foreign-minister", country: "GB", start: "2021-01-01" },
		];
		expect(issues({ ...blinken, offices })[0]).toMatchObject({
			path: "offices.1",
			message: expect.stringContaining("overlaps"),
		});
	});

	it("keeps tag syntax in an office title as text, and rejects an unknown office kind", () => {
		const title = "<b>Secretary</b> of State";
		const kept = Diplomat.parse({ ...blinken, offices: [{ ...blinken.offices[0], title }] });
		expect(kept.offices[0]?.title).toBe(title);
		expect(issues({ ...blinken, offices: [{ ...blinken.offices[0], kind: "king" }] })[0]?.path).toBe(
			"offices.0.kind",
		);
	});

	it("rejects a malformed id and an empty family name", () => {
		expect(issues({ ...blinken, id: "antony blinken" })[0]?.path).toBe("id");
		expect(issues({ ...blinken, name: { ...blinken.name, family: "   " } })[0]).toMatchObject({
			path: "name.family",
			message: "must not be empty",
		});
	});

	it("accepts a new diplomat without id, offices or handles", () => {
		const created = DiplomatCreate.parse({
			name: { given: "Yoko", family: "Kamikawa", order: "family-first" },
			country: "JP",
		});
		expect(created).toEqual({
			name: { given: "Yoko", family: "Kamikawa", order: "family-first", aliases: [] },
			country: "JP",
			offices: [],
			handles: [],
		});
	});
});
