/*
 * Invented news-like text for synthetic articles: a fixed vocabulary of ~30,000 made-up words drawn with a
 * Zipf distribution (the word of rank r appears about 1/r as often as the most common one, as in news
 * English), so a two-word search matches a realistic share of articles instead of most of them. The most
 * common ranks are real English function words (the, of, and ...), which full-text engines treat as they
 * would in real text; every other word is built from syllables and means nothing.
 */

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
	/** A log-normal draw around `median` (spread `sigma`), clamped to [min, max] and rounded. */
	const around = (median: number, sigma: number, min: number, max: number) => {
		const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
		return Math.max(min, Math.min(max, Math.round(median * Math.exp(sigma * normal))));
	};
	return { next, int, pick, around };
}
export type Random = ReturnType<typeof random>;

const FUNCTION_WORDS = (
	"the of and to a in that is for on was with he it as said at by his from be have has are an they not but " +
	"who were this had their been will after its also which would she her more over than two new first about into"
).split(" ");
const ONSETS = "b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh sk st t th tr v w z".split(" ");
const VOWELS = "a e i o u ai ea ou io".split(" ");
const CODAS = ["", "", "n", "r", "l", "s", "t", "m", "nd", "st", "rk", "x"];

/** An invented word of `syllables` syllables. */
function invent(rng: Random, syllables: number): string {
	let word = "";
	for (let count = 0; count < syllables; count++)
		word += rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
	return word;
}

/** Distinct invented words; shorter words first, as common words are short. */
function inventWords(count: number, rng: Random, taken: Set<string>): string[] {
	const words: string[] = [];
	while (words.length < count) {
		const syllables =
			words.length < 300 ? 1 + rng.int(2) : words.length < 6_000 ? 2 + rng.int(2) : 2 + rng.int(3);
		const word = invent(rng, syllables);
		if (word.length < 3 || taken.has(word)) continue;
		taken.add(word);
		words.push(word);
	}
	return words;
}

/** Words in the synthetic vocabulary, most common first. */
const VOCABULARY_SIZE = 30_000;
const EXPONENT = 1.05;

function buildVocabulary() {
	const taken = new Set(FUNCTION_WORDS);
	const words = [
		...FUNCTION_WORDS,
		...inventWords(VOCABULARY_SIZE - FUNCTION_WORDS.length, random(20_260), taken),
	];
	const cumulative = new Float64Array(words.length);
	let total = 0;
	for (let rank = 0; rank < words.length; rank++) {
		total += 1 / (rank + 1) ** EXPONENT;
		cumulative[rank] = total;
	}
	for (let rank = 0; rank < words.length; rank++) cumulative[rank] = (cumulative[rank] as number) / total;
	// The first rank of each of BUCKETS equal slices of [0, 1): a draw starts its search there, not at 0.
	const start = new Uint16Array(BUCKETS + 1);
	for (let bucket = 0, rank = 0; bucket <= BUCKETS; bucket++) {
		while (rank < words.length - 1 && (cumulative[rank] as number) < bucket / BUCKETS) rank++;
		start[bucket] = rank;
	}
	return { words, cumulative, start };
}
const BUCKETS = 1 << 16;

let vocabulary: ReturnType<typeof buildVocabulary> | undefined;

/** Writes invented text: words, sentences and paragraphs of news-like lengths. */
export function textWriter(rng: Random) {
	vocabulary ??= buildVocabulary();
	const { words, cumulative, start } = vocabulary;
	/** A word by Zipf rank; `from` skips the most common ranks (headlines drop most function words). */
	const word = (from = 0) => {
		const skipped = from === 0 ? 0 : (cumulative[from - 1] as number);
		const target = skipped + rng.next() * (1 - skipped);
		let rank = Math.max(from, (start[Math.floor(target * BUCKETS)] as number) - 1);
		while ((cumulative[rank] as number) < target) rank++;
		return words[rank] as string;
	};
	const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
	/** `count` words (from rank `from` on) with each of `names` at a random place; plain loops, as this is the hot path. */
	const phrase = (count: number, names: readonly string[], from: () => number) => {
		const at = names.map(() => rng.int(count + 1));
		let text = "";
		for (let index = 0; index <= count; index++) {
			for (let name = 0; name < names.length; name++) {
				if (at[name] === index) text += text.length === 0 ? names[name] : ` ${names[name]}`;
			}
			if (index < count) text += text.length === 0 ? word(from()) : ` ${word(from())}`;
		}
		return capital(text);
	};
	const anyRank = () => 0;
	/** One sentence of about 20 words; each proper name given is used at a random place, once. */
	const sentence = (names: readonly string[] = []) =>
		`${phrase(rng.around(19, 0.4, 5, 60), names, anyRank)}.`;
	return {
		word,
		sentence,
		/** A headline of 6 to 14 words, mostly content words, with the names given. */
		headline(names: readonly string[]) {
			return phrase(rng.around(8, 0.25, 4, 14), names, () => (rng.int(4) === 0 ? 0 : 20));
		},
		/** About `sentences` sentences in paragraphs of 1 to 5; `names` turn up in about one sentence in four. */
		paragraphs(sentences: number, names: readonly string[]) {
			const paragraphs: string[] = [];
			for (let left = sentences; left > 0; ) {
				let paragraph = "";
				for (let count = Math.min(left, 1 + rng.int(5)); count > 0; count--, left--) {
					const text = sentence(names.length > 0 && rng.int(4) === 0 ? [rng.pick(names)] : []);
					paragraph += paragraph.length === 0 ? text : ` ${text}`;
				}
				paragraphs.push(paragraph);
			}
			return paragraphs;
		},
		/** An invented proper name of 2 or 3 syllables. */
		name: () => capital(invent(rng, 2 + rng.int(2))),
	};
}
