import { describe, it, expect } from 'vitest';
import { generatePassword, hashPassword, passwordProblem, randomBase62, verifyDummyPassword, verifyPassword } from './password';

describe('password hashing', () => {
	it('encodes scrypt parameters, salt and hash', async () => {
		const hash = await hashPassword('correct horse battery');
		const parts = hash.split('$');
		expect(parts.slice(0, 4)).toEqual(['scrypt', '16384', '8', '1']);
		expect(Buffer.from(parts[4], 'base64')).toHaveLength(16);
		expect(Buffer.from(parts[5], 'base64')).toHaveLength(32);
	});

	it('verifies the right password and refuses a wrong one', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(await verifyPassword('correct horse battery', hash)).toBe(true);
		expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
		expect(await verifyPassword('', hash)).toBe(false);
	});

	it('salts every hash', async () => {
		const [a, b] = await Promise.all([hashPassword('same password 1'), hashPassword('same password 1')]);
		expect(a).not.toEqual(b);
	});

	it('treats unicode compositions as the same password', async () => {
		const hash = await hashPassword('caf\u00e9 au lait!');
		expect(await verifyPassword('cafe\u0301 au lait!', hash)).toBe(true);
	});

	it('returns false for malformed or hostile hashes', async () => {
		for (const stored of [null, undefined, '', 'bcrypt$x', 'scrypt$16384$8$1$$', 'scrypt$99999999$8$1$AAAA$AAAA', 'scrypt$a$b$c$d$e']) {
			expect(await verifyPassword('whatever123', stored)).toBe(false);
		}
	});

	it('spends time without matching when there is no account', async () => {
		expect(await verifyDummyPassword('anything at all')).toBe(false);
	});
});

describe('password rules', () => {
	it('needs 10 to 200 characters', () => {
		expect(passwordProblem('short')).toBe('too_short');
		expect(passwordProblem('123456789')).toBe('too_short');
		expect(passwordProblem('1234567890')).toBeNull();
		expect(passwordProblem('x'.repeat(200))).toBeNull();
		expect(passwordProblem('x'.repeat(201))).toBe('too_long');
	});

	it('counts characters, not UTF-16 units', () => {
		expect(passwordProblem('🔑'.repeat(10))).toBeNull();
	});
});

describe('random text', () => {
	it('uses base62 only and has the asked length', () => {
		const text = randomBase62(500);
		expect(text).toMatch(/^[A-Za-z0-9]{500}$/);
		expect(generatePassword()).toMatch(/^[A-Za-z0-9]{20}$/);
		expect(generatePassword()).not.toEqual(generatePassword());
	});
});
