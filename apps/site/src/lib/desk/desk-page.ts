import { etagOf } from "@sidelines/api/client";
import { unlessNotFound } from "../api.js";
import type { DeskApi } from "./desk-api.js";

/** The signed-in editor a desk page works for (set by the desk's middleware). */
type SignedInDesk = NonNullable<App.Locals["desk"]>;

/** The part of Astro's page global a desk page opens with. */
export interface DeskPage {
	locals: Pick<App.Locals, "desk">;
	request: Request;
	response: { status?: number };
	redirect(path: string, status: 303): Response;
	rewrite(path: string): Promise<Response>;
}

/**
 * Opens a desk page about one record: a visitor without a session goes to sign-in (303), a record the
 * API does not have answers the 404 page. A Response is what the page returns as it is.
 * @example
 * const opened = await openRecord(Astro, (api) => api.client.GET("/v1/diplomats/{id}", { params: { path: { id } } }));
 * if (opened instanceof Response) return opened;
 */
export async function openRecord<T>(
	page: DeskPage,
	load: (api: DeskApi) => Promise<T>,
): Promise<Response | { desk: SignedInDesk; record: T }> {
	const desk = page.locals.desk;
	if (!desk) return page.redirect("/desk/sign-in", 303);
	const record = await unlessNotFound(load(desk.api));
	if (record === undefined) {
		page.response.status = 404;
		return page.rewrite("/404");
	}
	return { desk, record };
}

/** The form the editor posted, or undefined when the page was only asked for (GET). */
export function postedForm(page: Pick<DeskPage, "request">): Promise<FormData> | undefined {
	return page.request.method === "POST" ? page.request.formData() : undefined;
}

/**
 * The If-Match for the version of record `id` the editor saw, which the form sends back in its
 * hidden `version` field, so a save over someone else's is refused (412).
 * @example ifMatchSeen(form, "mtg-1"); // '"mtg-1:v3"' when the form held version 3
 */
export function ifMatchSeen(form: FormData, id: string): string {
	return etagOf({ id, version: Number(form.get("version")) });
}
