import { DiplomatCreate, parseRecord } from "@sidelines/domain";
import { FormError, type FormField, validated } from "./form-error.js";
import type { FormFields } from "./meeting-form.js";

/**
 * The meeting form's "new person" controls and the paths of the person record they become; problems
 * with the person are named "new person <path>" (see readNewPerson), because the meeting has its own
 * "country".
 */
export const NEW_PERSON_FIELDS: readonly FormField[] = [
	{ id: "new-given", label: "New person: given name", paths: ["new person name", "new person name.given"] },
	{ id: "new-family", label: "New person: family name", paths: ["new person name.family"] },
	{ id: "new-order", label: "New person: official order", paths: ["new person name.order"] },
	{ id: "new-country", label: "New person: country code", paths: ["new person country"] },
	{
		id: "new-office-title",
		label: "New person: office held",
		paths: ["new person offices", "new person offices.0.title"],
	},
	{ id: "new-office-kind", label: "New person: kind of office", paths: ["new person offices.0.kind"] },
	{ id: "new-office-start", label: "New person: in office since", paths: ["new person offices.0.start"] },
];

const text = (form: FormFields, name: string) => {
	const value = form.get(name);
	return typeof value === "string" ? value.trim() : "";
};

/**
 * The diplomat the meeting form's "new person" fields describe (name, country, and an office when its
 * title is filled), validated by the domain; `undefined` when both name fields are blank.
 * @example readNewPerson(new URLSearchParams({ "new-given": "Ana", "new-family": "Ruiz", "new-order": "given-first", "new-country": "ES" }))?.country; // "ES"
 */
export function readNewPerson(form: FormFields): DiplomatCreate | undefined {
	const given = text(form, "new-given");
	const family = text(form, "new-family");
	if (!given && !family) return undefined;
	const country = text(form, "new-country").toUpperCase();
	const title = text(form, "new-office-title");
	const draft = {
		name: { given, family, order: text(form, "new-order") },
		country,
		offices: title
			? [{ title, kind: text(form, "new-office-kind"), country, start: text(form, "new-office-start") }]
			: [],
	};
	try {
		return validated(() => parseRecord(DiplomatCreate, draft));
	} catch (error) {
		if (!(error instanceof FormError)) throw error;
		// The meeting form has its own fields called "country"; say which person the problem is about.
		throw new FormError(
			error.problems.map((problem) => ({ ...problem, field: `new person ${problem.field}` })),
		);
	}
}

/**
 * The form's values once the new person is stored: they become one more diplomat party row (by id)
 * and the "new person" fields are emptied, so sending the form again does not create them twice.
 * @example withStoredPerson({ "party-rows": "2", "new-given": "Ana" }, "ruiz-ana")["party-2-value"]; // "ruiz-ana"
 */
export function withStoredPerson(values: Record<string, string>, id: string): Record<string, string> {
	const next = { ...values };
	for (const { id: name } of NEW_PERSON_FIELDS) delete next[name];
	const row = Number(values["party-rows"]) || 0;
	next[`party-${row}-kind`] = "diplomat";
	next[`party-${row}-value`] = id;
	next["party-rows"] = String(row + 1);
	return next;
}
