import { ApiError } from "@sidelines/api/client";
import type { DeskApi } from "./desk-api.js";

/** One recorded decision about a record: who, when, what, and why when a reason was given. */
export interface Decision {
	at: string;
	action: string;
	actor: string;
	reason?: string | undefined;
}

/**
 * The decisions recorded about `subject` (`article:<id>`, `meeting:<id>`, `diplomat:<id>`), newest first.
 * @example const decisions = await historyOf(desk.api, "meeting:mtg-1");
 */
export async function historyOf(api: DeskApi, subject: string): Promise<Decision[]> {
	try {
		const page = await api.client.GET("/v1/history", { params: { query: { subject, limit: 100 } } });
		return page.items.map((event) => ({
			at: event.at,
			action: event.action,
			actor: event.actor.label,
			...(event.reason ? { reason: event.reason } : {}),
		}));
	} catch (error) {
		if (error instanceof ApiError && error.status === 404) return [];
		throw error;
	}
}
