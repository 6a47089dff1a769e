import { forBoth, type SqlMigration } from "./sql.js";

/**
 * Confirmed meetings of one format newest first: the public lists filter both, and walking meetings_format or
 * meetings_review_date read the rows of the other formats or of the proposals too (country + format on
 * PostgreSQL at 200k meetings: 1,446 -> 838 buffers for a page).
 */
export const meetingFiltersMigration: SqlMigration = {
	name: "005-meeting-filters",
	...forBoth(["create index meetings_review_format on meetings (review, format, date_sort, id)"]),
};
