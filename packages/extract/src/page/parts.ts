/** What a page yields before it becomes an article: plain strings, still unvalidated. */
export interface PageParts {
	headline?: string;
	/** Breadcrumb items between "Home" and the headline, e.g. ["Japan"]. */
	breadcrumb: string[];
	caption?: string;
	credit?: string;
	imageSrc?: string;
	imageAlt?: string;
	/** Timestamps as printed, first the published one. */
	timestamps: string[];
	/** ISO 8601 published time read from metadata (HTML meta or JSON-LD). */
	publishedIso?: string;
	updatedIso?: string;
	byline?: string;
	agencyCredit?: string;
	paragraphs: string[];
	/** Headings kept from HTML bodies, by paragraph index they precede. */
	headings?: Map<number, { level: 2 | 3 | 4; text: string }>;
}
