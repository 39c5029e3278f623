/**
 * Password hashing with scrypt from node:crypto (no native add-on), stored as
 * `scrypt$N$r$p$salt$hash` with base64 salt and hash, so the cost can rise later
 * while old hashes keep verifying.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COST = { N: 16384, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Hashes with a cost above this are refused: a tampered row must not exhaust memory. */
const MAX_N = 1 << 20;

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)))
	);
}

/** Why a password is not acceptable, or null when it is. */
export function passwordProblem(password: string): 'too_short' | 'too_long' | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return 'too_short';
	if (length > PASSWORD_MAX_LENGTH) return 'too_long';
	return null;
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(SALT_BYTES);
	const key = await scryptAsync(password, salt, KEY_BYTES, { ...COST, maxmem: 64 * 1024 * 1024 });
	return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when the password matches the stored hash; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
	if (!stored) return false;
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [N, r, p] = parts.slice(1, 4).map(Number);
	if (![N, r, p].every((value) => Number.isInteger(value) && value > 0) || N > MAX_N || r > 32 || p > 16) return false;
	const salt = Buffer.from(parts[4], 'base64');
	const expected = Buffer.from(parts[5], 'base64');
	if (salt.length === 0 || expected.length === 0) return false;
	const key = await scryptAsync(password, salt, expected.length, { N, r, p, maxmem: 256 * N * r + 16 * 1024 * 1024 });
	return timingSafeEqual(key, expected);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification; used when the account does not exist,
 * so that response times do not tell which addresses have accounts.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
	dummyHash ??= hashPassword('not a real password, only spends time');
	await verifyPassword(password, await dummyHash);
	return false;
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random text over [A-Za-z0-9], without modulo bias (rejection sampling). */
export function randomBase62(length: number): string {
	let out = '';
	while (out.length < length) {
		for (const byte of randomBytes(length * 2)) {
			// 248 = 4 × 62: bytes above it would favour the first letters.
			if (byte < 248) out += BASE62[byte % 62];
			if (out.length === length) break;
		}
	}
	return out;
}

/** A password for generated accounts (first admin, `atlas user add`). */
export function generatePassword(length = 20): string {
	return randomBase62(length);
}
