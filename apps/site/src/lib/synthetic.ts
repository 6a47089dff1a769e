/** The tag the demo data puts on invented stories; the site labels them for readers. */
export const SYNTHETIC_TAG = "synthetic";
