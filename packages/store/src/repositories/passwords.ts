import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/** scrypt cost for new hashes: N = 2^15, r = 8, p = 1 (32 MiB of memory per hash). */
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
	const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r * 2 };
	return new Promise((resolve, reject) =>
		scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (error, key) =>
			error ? reject(error) : resolve(key),
		),
	);
}

/**
 * Hashes a password with scrypt and a fresh 16-byte salt; the parameters travel in the string, so the
 * cost can rise later without breaking stored hashes: `scrypt$N$r$p$salt$key` (base64url).
 * @example const stored = await hashPassword("correct horse battery staple");
 */
export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, cost);
	return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Whether `password` matches a string made by {@link hashPassword}, compared in constant time. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, key] = stored.split("$");
	if (scheme !== "scrypt" || salt === undefined || key === undefined) return false;
	const expected = Buffer.from(key, "base64url");
	const actual = await derive(password, Buffer.from(salt, "base64url"), {
		N: Number(n),
		r: Number(r),
		p: Number(p),
	});
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | undefined;

/**
 * A hash of a password nobody knows, checked when the email is unknown so that the answer takes as long
 * as a wrong password for a real account.
 */
export function decoyHash(): Promise<string> {
	decoy ??= hashPassword(randomBytes(24).toString("base64url"));
	return decoy;
}
