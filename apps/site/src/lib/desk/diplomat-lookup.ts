import { ApiError } from "@sidelines/api/client";
import { type Diplomat, officialName } from "@sidelines/domain";
import type { DeskApi } from "./desk-api.js";
import type { Resolution } from "./meeting-form.js";

/** Stored diplomats whose names start with `q` (any name form), for search-as-you-type and the no-JS fallback. */
export async function searchDiplomats(api: DeskApi, q: string, limit = 8): Promise<Diplomat[]> {
	const query = q.trim();
	if (query.length === 0) return [];
	const page = await api.client.GET("/v1/diplomats", {
		params: { query: { q: query.slice(0, 200), limit } },
	});
	return page.items as Diplomat[];
}

/**
 * Turns what an editor typed in a party field into a stored diplomat's id: an id as is, else a name
 * that matches exactly one stored diplomat; otherwise says what to type instead.
 */
export function diplomatResolver(api: DeskApi): (value: string) => Promise<Resolution> {
	return async (value) => {
		try {
			const found = await api.client.GET("/v1/diplomats/{id}", { params: { path: { id: value } } });
			return { id: found.id };
		} catch (error) {
			if (!(error instanceof ApiError && (error.status === 404 || error.status === 400))) throw error;
		}
		const matches = await searchDiplomats(api, value, 5);
		const [only] = matches;
		if (matches.length === 1 && only) return { id: only.id };
		if (matches.length === 0) return { error: `no stored diplomat is called "${value}"` };
		return {
			error: `"${value}" matches ${matches.map((d) => `${officialName(d.name)} (${d.id})`).join(", ")}: enter one id`,
		};
	};
}
