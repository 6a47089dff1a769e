import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
	Article,
	DomainValidationError,
	formatFuzzyDate,
	Meeting,
	mergeMeetings,
	officeAt,
	officialName,
	parseNewsTimestamp,
	parseRecord,
	slugify,
	TimestampParseError,
} from "@sidelines/domain";
import { materaArticle, materaDiplomats, materaMeetings } from "@sidelines/domain/fixtures";
import { describe, expect, expectTypeOf, it } from "vitest";

// What an npm consumer sees: the package's export map, the built ESM and CJS files and the JSON Schemas.
const require = createRequire(import.meta.url);
type Domain = typeof import("@sidelines/domain");
const cjs = require("@sidelines/domain") as Domain;
const cjsFixtures = require("@sidelines/domain/fixtures") as typeof import("@sidelines/domain/fixtures");

const motegi = materaDiplomats.find((diplomat) => diplomat.id === "motegi-toshimitsu");

describe("@sidelines/domain as an npm consumer imports it", () => {
	it("resolves import and require to the built files, not the sources", () => {
		expect(import.meta.resolve("@sidelines/domain")).toMatch(/\/packages\/domain\/dist\/index\.js$/);
		expect(require.resolve("@sidelines/domain")).toMatch(/\/packages\/domain\/dist\/index\.cjs$/);
		expect(require.resolve("@sidelines/domain/fixtures")).toMatch(/\/packages\/domain\/dist\/fixtures\.cjs$/);
	});

	it("answers officeAt on the fixtures through ESM", () => {
		if (!motegi) throw new Error("fixture missing");
		expect(officeAt(motegi, "2021-06-29")?.title).toBe("Minister for Foreign Affairs");
		expect(officeAt(motegi, "2023-01-01")).toBeUndefined();
		expect(officeAt(motegi, "2025-11-01")?.start).toBe("2025-10-21");
		expect(officialName(motegi.name)).toBe("MOTEGI Toshimitsu");
	});

	it("gives the same answers through CommonJS", () => {
		const cjsMotegi = cjsFixtures.materaDiplomats.find((diplomat) => diplomat.id === "motegi-toshimitsu");
		if (!cjsMotegi) throw new Error("fixture missing");
		expect(cjs.officeAt(cjsMotegi, "2021-06-29")).toEqual(officeAt(cjsMotegi, "2021-06-29"));
		expect(cjs.officeAt(cjsMotegi, "2023-01-01")).toBeUndefined();
		expect(cjs.parseNewsTimestamp("30 Jun 2021 06:06:02 GMT9").iso).toBe("2021-06-30T06:06:02+09:00");
		expect(cjs.slugify("茂木外相 G20で会談")).toBe(slugify("茂木外相 G20で会談"));
		const call = cjsFixtures.materaMeetings.find((meeting) => meeting.id === "mtg-suga-biden-2021-01");
		expect(call?.date && cjs.formatFuzzyDate(call.date)).toBe("late January 2021");
	});

	it("validates the fixtures with the published schemas in both module systems", () => {
		expect(parseRecord(Article, materaArticle).headline).toBe(materaArticle.headline);
		for (const meeting of materaMeetings) {
			expect(Meeting.safeParse(meeting).success).toBe(true);
			expect(cjs.Meeting.safeParse(meeting).success).toBe(true);
		}
	});

	it("throws its own error classes, with field paths, from each build", () => {
		const [talks] = materaMeetings;
		const bad = { ...talks, participants: talks?.participants.slice(0, 1) };
		expect(() => parseRecord(Meeting, bad)).toThrow(DomainValidationError);
		expect(() => cjs.parseRecord(cjs.Meeting, bad)).toThrow(cjs.DomainValidationError);
		expect(() => cjs.parseRecord(cjs.Meeting, bad)).toThrow(
			"participants: a meeting needs at least two parties",
		);
		expect(() => parseNewsTimestamp("Thu, March 02 2023. 14:59 IST")).toThrow(TimestampParseError);
		expect(() => cjs.parseNewsTimestamp("Thu, March 02 2023. 14:59 IST")).toThrow(/ambiguous/);
	});

	it("merges meetings built from the fixtures", () => {
		const [talks] = materaMeetings;
		if (!talks) throw new Error("fixture missing");
		const second = { ...talks, id: "mtg-other-report", sources: [{ articleId: "art-other", evidence: [] }] };
		expect(mergeMeetings(talks, second).sources.map((source) => source.articleId)).toEqual([
			"art-motegi-blinken-matera",
			"art-other",
		]);
		expect(formatFuzzyDate({ year: 2021, month: 1, qualifier: "late", precision: "month" })).toBe(
			"late January 2021",
		);
	});

	it("publishes types that infer the record shapes", () => {
		expectTypeOf<Meeting["format"]>().toEqualTypeOf<"in_person" | "phone" | "video" | "hybrid" | "unknown">();
		expectTypeOf(materaMeetings).toEqualTypeOf<Meeting[]>();
		expectTypeOf(cjs.officeAt).toEqualTypeOf(officeAt);
	});
});

describe("@sidelines/domain JSON Schema files", () => {
	const path = require.resolve("@sidelines/domain/schemas/Meeting.json");
	const schema = JSON.parse(readFileSync(path, "utf8"));

	it("are reachable through the export map and are draft 2020-12", () => {
		expect(path).toMatch(/\/packages\/domain\/schemas\/Meeting\.json$/);
		expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
		expect(schema.$id).toBe("https://sidelines.dev/schemas/Meeting.json");
		expect(schema.title).toBe("Meeting");
	});

	it("carry the rules the Zod schema enforces", () => {
		expect(schema.type).toBe("object");
		expect(schema.additionalProperties).toBe(false);
		expect(schema.required).toEqual(expect.arrayContaining(["id", "version", "participants"]));
		expect(schema.properties.participants.minItems).toBe(2);
		expect(schema.properties.format.enum).toEqual(["in_person", "phone", "video", "hybrid", "unknown"]);
		expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(Meeting.shape).sort());
	});

	it("ship one file per record schema", () => {
		for (const name of ["Article", "Diplomat", "Occasion", "Section", "FuzzyDate", "PersonName"]) {
			const file = JSON.parse(
				readFileSync(require.resolve(`@sidelines/domain/schemas/${name}.json`), "utf8"),
			);
			expect(file.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
			expect(file.title).toBe(name);
		}
	});
});
