import type { StructuredData } from "./structured-data.js";

/** What a page says about itself in `<head>`: title, description, canonical path and metadata. */
export interface HeadProps {
	title: string;
	description: string;
	/** The canonical path of the page, e.g. /articles/slug. */
	path: string;
	type?: "website" | "article" | "profile";
	image?: { src: string; alt: string } | undefined;
	structuredData?: StructuredData[];
	feeds?: { title: string; path: string; type: "rss" | "json" }[];
	article?: { publishedTime: string; modifiedTime?: string | undefined; section: string; tags: string[] };
	noindex?: boolean;
}
