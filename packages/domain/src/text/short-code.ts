const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const KEYS = [0x5bd1e995, 0x1b873593, 0xcc9e2d51, 0x85ebca6b] as const;
const MAX_SERIAL = 0xffff_ffff;

function round(half: number, key: number): number {
	return (Math.imul(half ^ key, 0x9e3779b1) >>> 16) & 0xffff;
}

/** A 4-round Feistel network on 32 bits: a bijection, so distinct serials can never share a code. */
function permute(value: number): number {
	let left = value >>> 16;
	let right = value & 0xffff;
	for (const key of KEYS) [left, right] = [right, left ^ round(right, key)];
	return ((left << 16) | right) >>> 0;
}

function unpermute(value: number): number {
	let left = value >>> 16;
	let right = value & 0xffff;
	for (const key of [...KEYS].reverse()) [left, right] = [right ^ round(left, key), left];
	return ((left << 16) | right) >>> 0;
}

/**
 * The short code for an article's serial number (1, 2, 3, ... as the store assigns them): 6 URL-safe
 * characters, stable, unguessable in sequence, and distinct for distinct serials (a bijection).
 * @example shortCode(1); // same six characters every time, e.g. for https://example.org/s/<code>
 */
export function shortCode(serial: number): string {
	if (!Number.isInteger(serial) || serial < 0 || serial > MAX_SERIAL) {
		throw new RangeError(`a short-code serial is a whole number from 0 to ${MAX_SERIAL}`);
	}
	let value = permute(serial);
	let code = "";
	for (let i = 0; i < 6; i++) {
		code = ALPHABET[value % 62] + code;
		value = Math.floor(value / 62);
	}
	return code;
}

/**
 * The serial number a short code stands for, or `undefined` for a string no serial produces.
 * @example serialFromShortCode(shortCode(42)); // 42
 */
export function serialFromShortCode(code: string): number | undefined {
	if (!/^[0-9A-Za-z]{6}$/.test(code)) return undefined;
	let value = 0;
	for (const char of code) value = value * 62 + ALPHABET.indexOf(char);
	if (value > MAX_SERIAL) return undefined;
	return unpermute(value);
}

/**
 * Whether a string has the shape of a short code: six letters or digits.
 * @example
 * SHORT_CODE_PATTERN.test(shortCode(1)); // true
 * SHORT_CODE_PATTERN.test("ab-def"); // false
 */
export const SHORT_CODE_PATTERN = /^[0-9A-Za-z]{6}$/;
