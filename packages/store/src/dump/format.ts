/** The `format` field of every dump. */
export const DUMP_FORMAT = "sidelines-dump";
/** The dump layout version this store writes and reads. */
export const DUMP_VERSION = 1;
/** The record lists of a dump, in load order (parents before children). */
export const DUMP_TABLES = [
	"sections",
	"occasions",
	"diplomats",
	"articles",
	"meetings",
	"articleViews",
	"apiKeys",
	"idempotency",
] as const;
export type DumpTable = (typeof DUMP_TABLES)[number];
