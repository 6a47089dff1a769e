import { materaDiplomats } from "@sidelines/domain/fixtures";
import { describe, expect, it } from "vitest";
import { diplomatFormValues, readDiplomatForm } from "./diplomat-form.js";
import { FormError } from "./form-error.js";

const motegi = materaDiplomats.find((diplomat) => diplomat.id === "motegi-toshimitsu");
if (!motegi) throw new Error("the Matera fixtures name Motegi");
const formOf = (values: Record<string, string>) => new URLSearchParams(values);

describe("the diplomat form", () => {
	it("round-trips name forms, native script and both of Motegi's terms", () => {
		const patch = readDiplomatForm(formOf(diplomatFormValues(motegi)));
		expect(patch.name).toEqual({ ...motegi.name, aliases: motegi.name.aliases ?? [] });
		expect(patch.offices).toEqual(motegi.offices);
	});

	it("adds a term from the blank row and drops a removed one", () => {
		const values = diplomatFormValues(motegi);
		const blank = motegi.offices.length;
		const patch = readDiplomatForm(
			formOf({
				...values,
				"office-0-remove": "on",
				[`office-${blank}-title`]: "Secretary-General of the Party",
				[`office-${blank}-kind`]: "other",
				[`office-${blank}-country`]: "jp",
				[`office-${blank}-start`]: "2024-09-30",
			}),
		);
		expect(patch.offices?.map((office) => office.title)).toEqual([
			...motegi.offices.slice(1).map((office) => office.title),
			"Secretary-General of the Party",
		]);
		expect(patch.offices?.at(-1)?.country).toBe("JP");
	});

	it("refuses an office that ends before it starts, naming the row", () => {
		const values = { ...diplomatFormValues(motegi), "office-0-end": "2001-01-01" };
		let failure: unknown;
		try {
			readDiplomatForm(formOf(values));
		} catch (error) {
			failure = error;
		}
		expect(failure).toBeInstanceOf(FormError);
		expect((failure as FormError).problems.map((problem) => problem.field)).toContain("offices.0.end");
	});
});
