/** Configuration read from the environment: the only file in the site that touches `process.env`. */
export interface SiteEnv {
	/** Where the Sidelines API answers, without `/v1` (default http://127.0.0.1:8787). */
	apiUrl: string;
	/** The site's public origin, for canonical URLs, feeds and sitemaps (default http://localhost:4321). */
	siteUrl: string;
	/** Name shown in the header, feeds and metadata. */
	siteName: string;
}

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/**
 * Reads the site's configuration; `SITE_URL` falls back to localhost on `SITE_PORT` (or `PORT`).
 * @example readEnv({ SIDELINES_API_URL: "http://127.0.0.1:9000" }).apiUrl; // "http://127.0.0.1:9000"
 */
function readEnv(source: Record<string, string | undefined> = process.env): SiteEnv {
	const port = source.SITE_PORT || source.PORT || "4321";
	return {
		apiUrl: trimSlash(source.SIDELINES_API_URL || "http://127.0.0.1:8787"),
		siteUrl: trimSlash(source.SITE_URL || `http://localhost:${port}`),
		siteName: source.SITE_NAME || "Sidelines",
	};
}

/** The configuration this process runs with. */
export const env = readEnv();
