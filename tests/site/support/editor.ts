import type { ArticleCreate } from "@sidelines/domain";
import { jsonOf } from "../../api/support/api.js";
import type { TestSite } from "./site.js";

/** An editor writing through the API with a write key, as the desk would. */
export async function editorOf(site: TestSite) {
	const { authorization } = await site.api.key(["write"]);
	const send = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
		const response = await site.api.fetch(path, {
			method,
			headers: { authorization, "content-type": "application/json", ...headers },
			body: JSON.stringify(body),
		});
		if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
		return { body: await jsonOf(response), etag: response.headers.get("etag") ?? "" };
	};
	return {
		createArticle: (input: ArticleCreate) => send("POST", "/v1/articles", input),
		updateArticle: (slug: string, patch: Record<string, unknown>, etag: string) =>
			send("PATCH", `/v1/articles/${slug}`, patch, { "if-match": etag }),
		createMeeting: (input: Record<string, unknown>) => send("POST", "/v1/meetings", input),
	};
}
