import type { AstroCookieSetOptions } from "astro";

/** The cookie that holds the opaque session token; the site keeps nothing else about a session. */
export const SESSION_COOKIE = "sidelines_desk";

/**
 * How the session cookie is set: script-proof, never sent cross-site, only to desk pages, and Secure
 * when the page was reached over HTTPS (directly, or the site's public origin is https behind a proxy).
 * @example sessionCookieOptions(new URL("https://site.example/desk/sign-in"), "http://localhost:4321").secure; // true
 */
export function sessionCookieOptions(url: URL, siteUrl: string, expiresAt?: string): AstroCookieSetOptions {
	return {
		httpOnly: true,
		sameSite: "strict",
		path: "/desk",
		secure: url.protocol === "https:" || siteUrl.startsWith("https:"),
		...(expiresAt ? { expires: new Date(expiresAt) } : {}),
	};
}
