import chromium from "@sparticuz/chromium";
import { type Browser, type Locator, chromium as playwright } from "playwright-core";

// The flags @sparticuz/chromium needs to run headless in a container, without the ones that
// weaken the page's security (web security, mixed content) which the security tests depend on.
const FLAGS = [
	"--headless=new",
	"--no-sandbox",
	"--no-zygote",
	"--disable-dev-shm-usage",
	"--use-gl=angle",
	"--use-angle=swiftshader",
	"--font-render-hinting=none",
	"--no-default-browser-check",
	"--no-pings",
];

/**
 * A real headless Chromium: `CHROMIUM_PATH` when set (e.g. Debian's), else the one shipped inside
 * the @sparticuz/chromium npm package (unpacked to the temp folder once), so tests need no manual install.
 */
export async function launchChromium(): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());
	return playwright.launch({ executablePath, args: FLAGS, headless: true });
}

/**
 * The text a reader sees in an element (CSS-hidden text excluded), through Playwright's locator.
 * @example expect(await visibleText(page.locator("h1"))).toBe("Japan");
 */
export function visibleText(locator: Locator): Promise<string> {
	// biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, rendered text on purpose.
	return locator.innerText();
}
