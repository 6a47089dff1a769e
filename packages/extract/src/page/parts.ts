/** What a page yields before it becomes an article: plain strings, still unvalidated. */
export interface PageParts {
	headline?: string;
	/** Breadcrumb items between "Home" and the headline, e.g. ["Japan"]. */
	breadcrumb: string[];
	/** A title-like line under the headline that sums the story up. */
	standfirst?: string;
	caption?: string;
	credit?: string;
	imageSrc?: string;
	imageAlt?: string;
	/** Timestamps as printed, first the published one. */
	timestamps: string[];
	/** The day of a date printed without a time ("February 7, 2016"), near the title. */
	printedDay?: string;
	/** The page printed no title line: the headline was made from its lead sentence. */
	headlineFromLead?: boolean;
	/** A metadata date that names only a month (` date 2024-05`): not a publication day. */
	monthOnly?: string;
	/** ISO 8601 published time read from metadata (HTML meta or JSON-LD, or a ` date YYYY-MM-DD` prefix). */
	publishedIso?: string;
	updatedIso?: string;
	byline?: string;
	agencyCredit?: string;
	paragraphs: string[];
	/** Headings kept from HTML bodies, by paragraph index they precede. */
	headings?: Map<number, { level: 2 | 3 | 4; text: string }>;
}
