const encoder = new TextEncoder();

const toHex = (buffer: ArrayBuffer) => {
	const bytes = new Uint8Array(buffer);
	let hex = "";
	for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
	return hex;
};

/** Hex SHA-256 of a string or bytes, with Web Crypto so it runs on Node and on Workers. */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
	const bytes = typeof input === "string" ? encoder.encode(input) : input;
	return toHex(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
}

/**
 * Compares two strings in time that depends only on their length (the Web Crypto world's
 * `timingSafeEqual`), so a hash comparison leaks nothing about where they differ.
 */
export function constantTimeEqual(a: string, b: string): boolean {
	const left = encoder.encode(a);
	const right = encoder.encode(b);
	let difference = left.length ^ right.length;
	const length = Math.max(left.length, right.length);
	for (let index = 0; index < length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
	return difference === 0;
}
