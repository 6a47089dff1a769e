import { parseRecord, Section } from "@sidelines/domain";
import type { StoreContext } from "../context.js";
import type { SectionRepository } from "../types.js";
import { write } from "../writes/write.js";

/** Reads a section back from its row. */
export function sectionFromRow(row: { slug: string; name: string; parent: string | null }): Section {
	return row.parent === null
		? { slug: row.slug, name: row.name }
		: { slug: row.slug, name: row.name, parent: row.parent };
}

/** Site sections, keyed by slug. */
export function createSectionRepository(context: StoreContext): SectionRepository {
	const { db } = context;
	return {
		async list() {
			const rows = await db.selectFrom("sections").selectAll().orderBy("slug").execute();
			return rows.map(sectionFromRow);
		},
		async get(slug) {
			const row = await db.selectFrom("sections").selectAll().where("slug", "=", slug).executeTakeFirst();
			return row ? sectionFromRow(row) : undefined;
		},
		async upsert(input) {
			const section = parseRecord(Section, input);
			const row = { slug: section.slug, name: section.name, parent: section.parent ?? null };
			await write(context, async (plan) =>
				plan.run(
					plan.db
						.insertInto("sections")
						.values(row)
						.onConflict((conflict) =>
							conflict.column("slug").doUpdateSet({ name: row.name, parent: row.parent }),
						),
				),
			);
			return section;
		},
	};
}
