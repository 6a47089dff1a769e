/*
 * The site's URLs, built in one place so pages, feeds, sitemaps and the API's short links agree.
 */
const segment = encodeURIComponent;

/** @example articlePath("motegi-meets-blinken"); // "/articles/motegi-meets-blinken" */
export const articlePath = (slug: string) => `/articles/${segment(slug)}`;
/** @example sectionPath("japan"); // "/sections/japan" */
export const sectionPath = (slug: string) => `/sections/${segment(slug)}`;
/** @example meetingPath("mtg-suga-biden-2021-01"); // "/meetings/mtg-suga-biden-2021-01" */
export const meetingPath = (id: string) => `/meetings/${segment(id)}`;
/** @example diplomatPath("motegi-toshimitsu"); // "/diplomats/motegi-toshimitsu" */
export const diplomatPath = (id: string) => `/diplomats/${segment(id)}`;
/** @example occasionPath("g20-fmm-matera-2021"); // "/occasions/g20-fmm-matera-2021" */
export const occasionPath = (id: string) => `/occasions/${segment(id)}`;

/**
 * An absolute URL on the site.
 * @example absolute("https://news.example", "/articles/x"); // "https://news.example/articles/x"
 */
export const absolute = (siteUrl: string, path: string) => new URL(path, `${siteUrl}/`).toString();
