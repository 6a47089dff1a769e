import type { Article, Meeting } from "@sidelines/domain";
import type { DeskApi } from "./desk-api.js";

/** One page an editor handed in: pasted text or an uploaded file. */
export interface PageIn {
	name: string;
	raw: string;
	type: "text/plain" | "text/html";
}

/** What became of one page: stored with its proposals, already on file, or refused with the reason. */
export type PageOutcome =
	| {
			name: string;
			kind: "stored";
			article: Article;
			proposals: Meeting[];
			merged: number;
			warnings: string[];
	  }
	| { name: string; kind: "on-file"; detail: string }
	| { name: string; kind: "refused"; detail: string };

/** The most pages one import form takes, and the largest page (the API refuses bigger bodies anyway). */
export const IMPORT_LIMITS = { pages: 20, bytes: 1024 * 1024 };

const looksLikeHtml = (name: string, mediaType: string) =>
	/\.html?$/i.test(name) || mediaType === "text/html" || mediaType === "application/xhtml+xml";

/**
 * The pages of an import form: the pasted text (when not blank) and every non-empty uploaded file,
 * HTML by its name or media type, text otherwise.
 */
export async function pagesOf(form: FormData): Promise<PageIn[]> {
	const pages: PageIn[] = [];
	const pasted = String(form.get("text") ?? "");
	if (pasted.trim()) pages.push({ name: "Pasted text", raw: pasted, type: "text/plain" });
	for (const entry of form.getAll("files")) {
		if (typeof entry === "string" || entry.size === 0) continue;
		pages.push({
			name: entry.name || "Unnamed file",
			raw: await entry.text(),
			type: looksLikeHtml(entry.name, entry.type) ? "text/html" : "text/plain",
		});
	}
	return pages;
}

interface ImportAnswer {
	article: Article;
	meetings: { meeting: Meeting; merged: boolean }[];
	warnings: string[];
}

/**
 * Sends each page to the API in turn (one transaction each) and says what became of it.
 * @example const outcomes = await importPages(desk.api, await pagesOf(form));
 */
export async function importPages(api: DeskApi, pages: readonly PageIn[]): Promise<PageOutcome[]> {
	const outcomes: PageOutcome[] = [];
	for (const page of pages) {
		if (new TextEncoder().encode(page.raw).byteLength > IMPORT_LIMITS.bytes) {
			outcomes.push({ name: page.name, kind: "refused", detail: "the page is larger than 1 MiB" });
			continue;
		}
		const response = await api.importPage(page.raw, page.type);
		if (response.status === 201) {
			const answer = (await response.json()) as ImportAnswer;
			outcomes.push({
				name: page.name,
				kind: "stored",
				article: answer.article,
				proposals: answer.meetings.filter((item) => !item.merged).map((item) => item.meeting),
				merged: answer.meetings.filter((item) => item.merged).length,
				warnings: answer.warnings,
			});
			continue;
		}
		const problem = (await response.json().catch(() => ({}))) as { detail?: string };
		const detail = problem.detail ?? `the API answered ${response.status}`;
		if (response.status >= 500)
			throw new Error(`import of ${page.name} failed: ${response.status} ${detail}`);
		outcomes.push({ name: page.name, kind: response.status === 409 ? "on-file" : "refused", detail });
	}
	return outcomes;
}
