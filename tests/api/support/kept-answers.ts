import { jsonOf } from "./api.js";

/** Headers that differ between two answers for reasons of the connection or the moment. */
const PER_CONNECTION = ["date", "connection", "keep-alive", "transfer-encoding"];

/**
 * A response's headers in name order, without those of the connection or the moment (and `also`): what two
 * ways of making one answer must agree on.
 */
export function comparableHeaders(response: Response, ...also: string[]): Record<string, string> {
	const ignored = new Set([...PER_CONNECTION, ...also]);
	return Object.fromEntries(
		[...response.headers].filter(([name]) => !ignored.has(name)).sort(([a], [b]) => a.localeCompare(b)),
	);
}

/** A demo list that caches keep, and a meeting on it whose topics the tests change. */
export const LIST = "/v1/meetings?diplomat=motegi-toshimitsu";
export const MEETING = "mtg-motegi-raab-2021-06-29";

/** The topics of MEETING as a page of LIST shows them. */
export const topicsOf = async (response: Response): Promise<string[] | undefined> =>
	(await jsonOf(response)).items.find((meeting: { id: string }) => meeting.id === MEETING)?.topics;

/** Sets MEETING's topics through `request` (an app or a server), at the version it reads first. */
export async function setTopics(
	request: (path: string, init?: RequestInit) => Response | Promise<Response>,
	authorization: string,
	topics: string[],
): Promise<Response> {
	const current = await request(`/v1/meetings/${MEETING}`);
	return request(`/v1/meetings/${MEETING}`, {
		method: "PATCH",
		headers: {
			authorization,
			"content-type": "application/json",
			"if-match": current.headers.get("etag") ?? "",
		},
		body: JSON.stringify({ topics }),
	});
}
