import { describe, expect, it } from "vitest";
import { FormError } from "./form-error.js";
import { readNewPerson, withStoredPerson } from "./new-person-form.js";

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe("the meeting form's new person", () => {
	it("is nobody while both names are blank", () => {
		expect(readNewPerson(form({ "new-given": " ", "new-family": "", "new-country": "MT" }))).toBeUndefined();
	});

	it("reads name, country and an office held in that country", () => {
		const person = readNewPerson(
			form({
				"new-given": "Oriana",
				"new-family": "Vellacott",
				"new-order": "given-first",
				"new-country": "mt",
				"new-office-title": "Special Envoy for the Sea",
				"new-office-kind": "envoy",
				"new-office-start": "2020-01-06",
			}),
		);
		expect(person).toEqual({
			name: { given: "Oriana", family: "Vellacott", order: "given-first", aliases: [] },
			country: "MT",
			offices: [{ title: "Special Envoy for the Sea", kind: "envoy", country: "MT", start: "2020-01-06" }],
			handles: [],
		});
	});

	it("refuses a person without a country, naming the field", () => {
		const read = () =>
			readNewPerson(form({ "new-given": "Oriana", "new-family": "Vellacott", "new-order": "given-first" }));
		expect(read).toThrow(FormError);
		try {
			read();
		} catch (error) {
			expect((error as FormError).problems.map((problem) => problem.field)).toContain("new person country");
		}
	});

	it("once stored, becomes one more party row by id and the new person fields empty", () => {
		const values = withStoredPerson(
			{ "party-rows": "4", "new-given": "Oriana", "new-family": "Vellacott" },
			"vellacott-oriana",
		);
		expect(values).toEqual({
			"party-rows": "5",
			"party-4-kind": "diplomat",
			"party-4-value": "vellacott-oriana",
		});
	});
});
