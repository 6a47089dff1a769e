import { foldName } from "@sidelines/domain";

const folds = new Map<string, string>();

/**
 * `foldName`, remembered: name matching folds the same few names thousands of times per page.
 * @example fold("Wang Yi"); // "wang yi"
 */
export function fold(text: string): string {
	let folded = folds.get(text);
	if (folded === undefined) {
		folded = foldName(text);
		if (folds.size >= 20_000) folds.clear();
		folds.set(text, folded);
	}
	return folded;
}
