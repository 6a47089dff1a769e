import type { Store } from "@sidelines/store";
import type { Context, MiddlewareHandler } from "hono";
import { keepNewest } from "./keep-newest.js";
import { answerOf, answerResponse, pathAndQuery, publicAnswer } from "./public-answer.js";
import { ResponseCache } from "./response-cache.js";
import type { AppEnv } from "./types.js";

/** One kept answer: its bytes and ETag, and the store's change count read before the app made it. */
interface KeptAnswer {
	changes: number;
	body: Uint8Array<ArrayBuffer>;
	etag: string;
}

/**
 * The app's answers to anonymous public reads (the paths {@link ResponseCache.covers}), each kept with the
 * store's change count as it was before the answer's reads. Such a read then asks the store for that count
 * alone (one row) and, while it is unchanged, answers with the kept bytes: no validation, no record read or
 * parsed, no serialization. Every committed write moves the count, whichever process or machine made it, so
 * an answer is never served after a write the store has acknowledged; there is no staleness bound to state.
 */
export function unchangedAnswers(
	store: Pick<Store, "changeCount">,
	isHttps: (c: Context) => boolean,
	maxEntries = 1000,
): MiddlewareHandler<AppEnv> {
	const kept = new Map<string, KeptAnswer>();
	return async function unchanged(c, next) {
		if (c.req.method !== "GET" || c.req.header("authorization") !== undefined) return next();
		const key = pathAndQuery(c.req.url);
		if (!ResponseCache.covers(key)) return next();
		// Read before the app's own reads: an answer made from data newer than this count is kept under the
		// older count, and the next read, seeing the newer count, makes it again.
		const changes = await store.changeCount();
		const entry = kept.get(key);
		if (entry?.changes === changes) {
			const request = { https: isHttps(c as unknown as Context), ifNoneMatch: c.req.header("if-none-match") };
			return answerResponse(publicAnswer(entry.body, entry.etag, request));
		}
		await next();
		const answer = answerOf(c.res);
		const etag = answer?.headers.etag;
		if (answer?.status === 200 && answer.body !== undefined && etag !== undefined)
			keepNewest(kept, key, { changes, body: answer.body, etag }, maxEntries);
	};
}
