/**
 * Whether a state-changing desk request comes from the site's own pages: its `Origin` names the
 * site's origin, or (for the rare browser that sends no Origin) `Sec-Fetch-Site` says same-origin.
 * Anything else, including a request with neither header, is treated as cross-site.
 * @example isSameOrigin(new Headers({ origin: "https://site.example" }), "https://site.example"); // true
 */
export function isSameOrigin(headers: Headers, siteOrigin: string): boolean {
	const origin = headers.get("origin");
	if (origin !== null) return origin !== "null" && origin === new URL(siteOrigin).origin;
	return headers.get("sec-fetch-site") === "same-origin";
}

/** Methods that change nothing, which the origin check lets through. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);
