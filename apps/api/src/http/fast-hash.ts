/**
 * A fast 64-bit non-cryptographic hash of a string (two independent 32-bit lanes, cyrb53-style),
 * as hex. Used for ETags of list bodies, where a collision would at worst serve one stale 304.
 */
export function fastHash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (
		(h2 >>> 0).toString(16).padStart(8, "0") +
		(h1 >>> 0).toString(16).padStart(8, "0") +
		text.length.toString(16)
	);
}
