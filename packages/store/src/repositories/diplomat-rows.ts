import { type Diplomat, foldName, nameForms } from "@sidelines/domain";
import type { Insertable } from "kysely";
import type { DiplomatNamesTable, DiplomatsTable } from "../schema.js";

/** The rows that store one diplomat: the record and every folded name form (and each word of one). */
export interface DiplomatRows {
	diplomat: Insertable<DiplomatsTable>;
	names: Insertable<DiplomatNamesTable>[];
}

/** Splits a validated diplomat into its rows. */
export function diplomatRows(diplomat: Diplomat): DiplomatRows {
	const { version, ...doc } = diplomat;
	const forms = new Set<string>();
	for (const form of nameForms(diplomat.name).map(foldName)) {
		if (form.length === 0) continue;
		forms.add(form);
		for (const word of form.split(" ")) forms.add(word);
	}
	return {
		diplomat: {
			id: diplomat.id,
			version,
			country: diplomat.country,
			sort_name: foldName(diplomat.name.family),
			doc: JSON.stringify(doc),
		},
		names: [...forms].map((form) => ({ diplomat_id: diplomat.id, form })),
	};
}

/** Reads a diplomat back from its row. */
export function diplomatFromRow(row: { version: number; doc: string }): Diplomat {
	return { ...JSON.parse(row.doc), version: row.version } as Diplomat;
}
