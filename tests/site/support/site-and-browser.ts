import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";
import { type SiteOptions, startSite, type TestSite } from "./site.js";

/** The site and a Chromium of one describe block, there while its tests and later hooks run. */
export interface SiteAndBrowser {
	readonly site: TestSite;
	readonly browser: Browser;
}

function started<T>(value: T | undefined, what: string): T {
	if (value === undefined)
		throw new Error(`${what} starts in beforeAll: use it inside a test or a later hook`);
	return value;
}

/**
 * Starts the site with its API ({@link startSite}) and a Chromium side by side before the enclosing
 * describe block's tests, and closes both after them (after the block's own afterAll hooks).
 * @example
 * const running = siteAndBrowser({ kind });
 * it("signs in", async () => { const { site, browser } = running; ... });
 */
export function siteAndBrowser(options: SiteOptions = {}): SiteAndBrowser {
	let site: TestSite | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		[site, browser] = await Promise.all([startSite(options), launchChromium()]);
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get site() {
			return started(site, "the site");
		},
		get browser() {
			return started(browser, "Chromium");
		},
	};
}
