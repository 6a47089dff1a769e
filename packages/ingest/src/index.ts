/** @sidelines/ingest: a raw news page in, an article with proposed meetings and new diplomats stored. */
export {
	type ImportPageOptions,
	type ImportResult,
	importPage,
	type SkippedProposal,
} from "./import-page.js";
