import type { Article } from "@sidelines/domain";
import { recordEtag } from "../middleware/etag.js";
import { keepNewest } from "./keep-newest.js";

/** A published article's serialized bytes and ETag, as served by GET /v1/articles/{slug}. */
export interface CachedArticle {
	id: string;
	version: number;
	body: string;
	etag: string;
	/** When the store last confirmed this version was current (ms since epoch). */
	checkedAt: number;
}

/**
 * A small LRU of serialized published articles keyed by slug, so the hot read path skips
 * JSON.stringify. An entry younger than `freshMs` is served without asking the store; an older
 * one is re-checked against the store's version and reused when it still matches. Writes made
 * through this instance invalidate their slug at once; writes from elsewhere show within `freshMs`
 * (well inside the one-minute Cache-Control the response carries anyway).
 */
export class ArticleCache {
	readonly #entries = new Map<string, CachedArticle>();
	constructor(
		readonly maxEntries = 1000,
		readonly freshMs = 1000,
		readonly now: () => number = Date.now,
	) {}

	/** The entry for `slug` if it may be served without asking the store. */
	fresh(slug: string): CachedArticle | undefined {
		const entry = this.#entries.get(slug);
		if (entry === undefined || this.now() - entry.checkedAt >= this.freshMs) return undefined;
		return entry;
	}

	/** The entry for `article` (reusing the serialized bytes when the version is unchanged). */
	remember(article: Article): CachedArticle {
		const existing = this.#entries.get(article.slug);
		if (existing && existing.id === article.id && existing.version === article.version) {
			existing.checkedAt = this.now();
			return existing;
		}
		const entry: CachedArticle = {
			id: article.id,
			version: article.version,
			body: JSON.stringify(article),
			etag: recordEtag(article),
			checkedAt: this.now(),
		};
		keepNewest(this.#entries, article.slug, entry, this.maxEntries);
		return entry;
	}

	/** Drops every entry (after a meeting's review changes: what readers see of mentions may change). */
	clear(): void {
		this.#entries.clear();
	}

	/** Drops `slug` (after a write through this instance, or when the article is gone). */
	forget(...slugs: string[]): void {
		for (const slug of slugs) this.#entries.delete(slug);
	}
}
