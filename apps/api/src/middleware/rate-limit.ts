import type { Context, MiddlewareHandler } from "hono";
import { problemResponse, problemType } from "./problem.js";

/** The outcome of counting one hit against a window. */
export interface RateLimitVerdict {
	allowed: boolean;
	limit: number;
	remaining: number;
	/** Seconds until the window resets. */
	resetSeconds: number;
}

/**
 * A fixed-window counter kept in memory. Per instance: behind a load balancer each instance
 * counts on its own, so the effective limit is the per-instance limit times the instance count.
 * At most `maxKeys` windows are kept; when that many are live, a key without one is refused until
 * windows expire (live windows are never evicted, so no flood of other keys resets a key's count).
 * @example
 * const limiter = new FixedWindowLimiter(5, 60_000);
 * limiter.hit("127.0.0.1").allowed; // true for the first five hits in a minute
 */
export class FixedWindowLimiter {
	readonly #windows = new Map<string, { count: number; resetAt: number }>();
	constructor(
		readonly limit: number,
		readonly windowMs: number,
		readonly now: () => number = Date.now,
		readonly maxKeys = 10_000,
	) {}

	/** Counts a hit for `key` and says whether it is within the limit. */
	hit(key: string, cost = 1): RateLimitVerdict {
		const window = this.#current(key);
		if (window === undefined) return this.#full();
		window.count += cost;
		return this.#verdict(window, window.count <= this.limit);
	}

	/** Takes back a hit counted for `key` (a request that turned out not to count, e.g. a good API key). */
	refund(key: string, cost = 1): void {
		const window = this.#windows.get(key);
		if (window && window.resetAt > this.now()) window.count = Math.max(0, window.count - cost);
	}

	/** Every slot holds a live window: refuse until the oldest one ends. */
	#full(): RateLimitVerdict {
		const oldest = this.#windows.values().next().value;
		return this.#verdict(
			{ count: this.limit, resetAt: oldest?.resetAt ?? this.now() + this.windowMs },
			false,
		);
	}

	#verdict(window: { count: number; resetAt: number }, allowed: boolean): RateLimitVerdict {
		return {
			allowed,
			limit: this.limit,
			remaining: Math.max(0, this.limit - window.count),
			resetSeconds: Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000)),
		};
	}

	/** The live window of `key`, a new one, or undefined when every slot holds a live window. */
	#current(key: string): { count: number; resetAt: number } | undefined {
		const now = this.now();
		const existing = this.#windows.get(key);
		if (existing && existing.resetAt > now) return existing;
		this.#windows.delete(key);
		if (this.#windows.size >= this.maxKeys) {
			for (const [other, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(other);
			if (this.#windows.size >= this.maxKeys) return undefined;
		}
		const window = { count: 0, resetAt: now + this.windowMs };
		this.#windows.set(key, window);
		return window;
	}
}

/**
 * Runs tasks one after another per key (e.g. per client address). A key is held only while its tasks are
 * in flight, so memory follows the requests in progress, not the addresses ever seen.
 * @example
 * const inTurn = new InTurn();
 * await Promise.all([inTurn.run("a", first), inTurn.run("a", second)]); // second starts after first ends
 */
export class InTurn {
	readonly #tails = new Map<string, Promise<void>>();

	run<T>(key: string, task: () => Promise<T>): Promise<T> {
		const result = (this.#tails.get(key) ?? Promise.resolve()).then(task);
		const tail = result.then(
			() => undefined,
			() => undefined,
		);
		this.#tails.set(key, tail);
		void tail.then(() => {
			if (this.#tails.get(key) === tail) this.#tails.delete(key);
		});
		return result;
	}
}

/** Sets the RateLimit-* headers (IETF httpapi draft) for a verdict. */
function setRateLimitHeaders(c: Context, verdict: RateLimitVerdict): void {
	c.header("RateLimit-Limit", String(verdict.limit));
	c.header("RateLimit-Remaining", String(verdict.remaining));
	c.header("RateLimit-Reset", String(verdict.resetSeconds));
}

/** A 429 problem with Retry-After and RateLimit-* headers. */
export function tooManyRequests(c: Context, verdict: RateLimitVerdict, detail: string): Response {
	return problemResponse(c.req.path, 429, detail, {
		type: problemType("rate-limited"),
		headers: {
			"retry-after": String(verdict.resetSeconds),
			"ratelimit-limit": String(verdict.limit),
			"ratelimit-remaining": "0",
			"ratelimit-reset": String(verdict.resetSeconds),
		},
	});
}

/**
 * Rate-limits requests per key (by default the client address) with an in-memory fixed window.
 * @param keyOf what to count by, e.g. the API key id or the client address
 */
export function rateLimit({
	limiter = new FixedWindowLimiter(60, 60_000),
	keyOf,
	detail = "too many requests; try again after Retry-After seconds",
}: {
	limiter?: FixedWindowLimiter;
	keyOf: (c: Context) => string;
	detail?: string;
}): MiddlewareHandler {
	return async function rateLimited(c, next) {
		const verdict = limiter.hit(keyOf(c));
		if (!verdict.allowed) return tooManyRequests(c, verdict, detail);
		await next();
		setRateLimitHeaders(c, verdict);
	};
}
