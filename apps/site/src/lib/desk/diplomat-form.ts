import { type Diplomat, DiplomatUpdate, OFFICE_KINDS, parseRecord } from "@sidelines/domain";
import { validated } from "./form-error.js";
import type { FormFields } from "./meeting-form.js";

/** Blank office rows the form offers for adding a term. */
const EXTRA_OFFICE_ROWS = 1;

/**
 * The diplomat form's field values by name: name forms, aliases one a line, and a row per office
 * plus a blank one.
 * @example diplomatFormValues(motegi)["office-0-title"]; // "Minister for Foreign Affairs"
 */
export function diplomatFormValues(diplomat: Diplomat): Record<string, string> {
	const values: Record<string, string> = {
		given: diplomat.name.given,
		family: diplomat.name.family,
		order: diplomat.name.order,
		native: diplomat.name.native ?? "",
		aliases: diplomat.name.aliases.join("\n"),
		country: diplomat.country,
		"office-rows": String(diplomat.offices.length + EXTRA_OFFICE_ROWS),
		version: String(diplomat.version),
	};
	diplomat.offices.forEach((office, index) => {
		values[`office-${index}-title`] = office.title;
		values[`office-${index}-kind`] = office.kind;
		values[`office-${index}-country`] = office.country;
		values[`office-${index}-start`] = office.start;
		values[`office-${index}-end`] = office.end ?? "";
	});
	return values;
}

const text = (form: FormFields, name: string) => {
	const value = form.get(name);
	return typeof value === "string" ? value.trim() : "";
};

/**
 * The update the diplomat form asks for (name forms, country, offices), validated by the domain.
 * An office row with no title is left out; ticking "remove" drops a term.
 * @example readDiplomatForm(new URLSearchParams(diplomatFormValues(motegi))).offices?.length; // 2
 */
export function readDiplomatForm(form: FormFields): DiplomatUpdate {
	const offices = [];
	const rows = Math.min(Number(text(form, "office-rows")) || 0, 100 + EXTRA_OFFICE_ROWS);
	for (let index = 0; index < rows; index++) {
		const title = text(form, `office-${index}-title`);
		if (!title || form.get(`office-${index}-remove`) !== null) continue;
		const end = text(form, `office-${index}-end`);
		offices.push({
			title,
			kind: text(form, `office-${index}-kind`),
			country: text(form, `office-${index}-country`).toUpperCase(),
			start: text(form, `office-${index}-start`),
			...(end ? { end } : {}),
		});
	}
	const native = text(form, "native");
	const draft = {
		name: {
			given: text(form, "given"),
			family: text(form, "family"),
			order: text(form, "order"),
			...(native ? { native } : {}),
			aliases: text(form, "aliases")
				.split(/\r?\n/)
				.map((alias) => alias.trim())
				.filter(Boolean),
		},
		country: text(form, "country").toUpperCase(),
		offices,
	};
	return validated(() => parseRecord(DiplomatUpdate, draft));
}

export { OFFICE_KINDS };
