import { readFile } from "node:fs/promises";
import { pageOptions } from "./page-options.js";

/** A page's sidecar file could not be used; the message is one line naming the file. */
export class SidecarError extends Error {
	override readonly name = "SidecarError";
}

/** The sidecar of a page file: `<page>.meta.json` beside it, e.g. `talks.txt.meta.json`. */
const sidecarPath = (page: string) => `${page}.meta.json`;

/**
 * Reads the page options a page's sidecar gives (`{ "published": "YYYY-MM-DD", "zone": "Asia/Tokyo" }`,
 * both optional, other fields ignored), or none when the page has no sidecar.
 * @throws {SidecarError} when the sidecar is not JSON or a field is malformed.
 */
export async function readSidecar(page: string): Promise<ReturnType<typeof pageOptions>> {
	const file = sidecarPath(page);
	let text: string;
	try {
		text = await readFile(file, "utf8");
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
		throw new SidecarError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new SidecarError(`${file}: not JSON`);
	}
	if (typeof data !== "object" || data === null || Array.isArray(data))
		throw new SidecarError(`${file}: a sidecar is a JSON object such as {"published": "2024-05-10"}`);
	const { published, zone } = data as Record<string, unknown>;
	if (
		(published !== undefined && typeof published !== "string") ||
		(zone !== undefined && typeof zone !== "string")
	)
		throw new SidecarError(`${file}: "published" and "zone" are strings`);
	try {
		return pageOptions({ published, zone });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new SidecarError(`${file}: ${message.replace(/^--/, "")}`);
	}
}
