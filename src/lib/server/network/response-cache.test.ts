import { describe, it, expect } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import { brotliBody, responseEncoding } from './response-cache';

describe('network response encoding', () => {
	it('prefers brotli, then gzip, and honours q=0', () => {
		expect(responseEncoding('gzip, deflate, br')).toBe('br');
		expect(responseEncoding('gzip, deflate')).toBe('gzip');
		expect(responseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(responseEncoding('gzip;q=0')).toBeNull();
		expect(responseEncoding('identity')).toBeNull();
		expect(responseEncoding(null)).toBeNull();
	});

	it('makes the brotli body once and it decodes to the text', () => {
		const body = { text: JSON.stringify({ nodes: [], edges: [] }), gzipped: new Uint8Array(), layoutReady: true };
		const first = brotliBody(body);
		expect(brotliBody(body)).toBe(first);
		expect(brotliDecompressSync(first).toString()).toBe(body.text);
	});
});
