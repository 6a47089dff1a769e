import { isIanaZone } from "@sidelines/domain";
import { UsageError } from "./command.js";

/** The `--published` and `--zone` options shared by the commands that read pages, checked and mapped to parsePage's options. */
export const PAGE_OPTIONS = { published: { type: "string" }, zone: { type: "string" } } as const;

export function pageOptions(values: { published?: string | undefined; zone?: string | undefined }) {
	if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
		throw new UsageError("--published is a day, YYYY-MM-DD");
	}
	if (values.zone !== undefined && !isIanaZone(values.zone)) {
		throw new UsageError(`--zone "${values.zone}" is not an IANA time zone such as Asia/Tokyo`);
	}
	return {
		...(values.published !== undefined ? { published: values.published } : {}),
		...(values.zone !== undefined ? { zoneHint: values.zone } : {}),
	};
}
