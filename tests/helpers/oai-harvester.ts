/**
 * A real OAI-PMH harvest in tests: a node:http server on 127.0.0.1 that hands GET query
 * strings and POST form bodies to an OAI answer function, and the `oai-pmh` npm client
 * (written by others, parses with xml2js) pointed at it.
 *
 * Known limit of that client: it reads lists with xml2js `explicitArray: false`, so a page
 * holding exactly one record is an object, not an array, and it fails with "result[field]
 * is not iterable". Tests choose page sizes whose pages all hold two records or more.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

/** What the client returns: xml2js objects (`explicitArray: false`, attributes under `$`). */
export type Parsed = any;

export interface OaiPmhClient {
	identify(): Promise<Parsed>;
	listMetadataFormats(options?: { identifier?: string }): Promise<Parsed>;
	listSets(): AsyncIterable<Parsed>;
	listIdentifiers(options: Record<string, string>): AsyncIterable<Parsed>;
	listRecords(options: Record<string, string>): AsyncIterable<Parsed>;
	getRecord(identifier: string, metadataPrefix: string): Promise<Parsed>;
}

interface OaiPmhModule {
	OaiPmh: new (baseUrl: string, options?: { retry?: boolean }) => OaiPmhClient;
	OaiPmhError: new (...args: unknown[]) => Error & { code?: string };
}

// The package is CommonJS that loads its ES modules through `esm`; require it as such.
const harvester = createRequire(import.meta.url)('oai-pmh') as OaiPmhModule;
export const { OaiPmh, OaiPmhError } = harvester;

// The client uses `request`, which honours proxy variables: keep loopback traffic direct.
process.env.NO_PROXY = [process.env.NO_PROXY, '127.0.0.1', 'localhost'].filter(Boolean).join(',');

export type OaiAnswer = (params: URLSearchParams, baseUrl: string) => Promise<{ status: number; headers: Record<string, string>; body: string }>;

export interface OaiTestServer {
	baseUrl: string;
	/** Every query (GET) or form body (POST) received, in order. */
	requests: URLSearchParams[];
	close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Serves `answer` at http://127.0.0.1:<random port>/oai. */
export async function startOaiServer(answer: OaiAnswer): Promise<OaiTestServer> {
	const requests: URLSearchParams[] = [];
	let baseUrl = '';
	const server = createServer(async (request, response) => {
		try {
			const url = new URL(request.url ?? '/', baseUrl);
			const params = request.method === 'POST' ? new URLSearchParams(await readBody(request)) : url.searchParams;
			requests.push(params);
			const result = await answer(params, baseUrl);
			response.writeHead(result.status, result.headers).end(result.body);
		} catch (error) {
			response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oai`;
	return {
		baseUrl,
		requests,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** Collects an async iterator (a harvest across resumption tokens). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
	const all: T[] = [];
	for await (const item of items) all.push(item);
	return all;
}

/** The OAI error code a client call failed with (undefined if it succeeded). */
export async function oaiErrorCode(call: () => Promise<unknown>): Promise<string | undefined> {
	try {
		await call();
		return undefined;
	} catch (error) {
		if (error instanceof OaiPmhError) return error.code;
		throw error;
	}
}
