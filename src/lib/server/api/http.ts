/**
 * The edge of the JSON API: parses input with zod, calls a service, and maps every
 * failure to {"error":{"code","message"}} with a fitting status.
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { AppError, zodFieldErrors } from '../errors';

export interface ErrorBody {
	error: { code: string; message: string; fields?: Record<string, string> };
}

/** The one error response of the API. */
export function errorResponse(error: unknown): Response {
	if (error instanceof AppError) {
		const body: ErrorBody = { error: { code: error.code, message: error.message } };
		if (error.fields) body.error.fields = error.fields;
		const headers: Record<string, string> = {};
		if (error.retryAfterSeconds) headers['retry-after'] = String(error.retryAfterSeconds);
		return json(body, { status: error.status, headers });
	}
	console.error('Unexpected error in API:', error);
	return json({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }, { status: 500 });
}

/** Wraps an endpoint so that thrown errors become the one error shape. */
export function apiRoute<E extends RequestEvent>(handler: (event: E) => Promise<Response> | Response) {
	return async (event: E): Promise<Response> => {
		try {
			return await handler(event);
		} catch (error) {
			return errorResponse(error);
		}
	};
}

/** Validates the query string; repeated keys become arrays when the schema asks for them. */
export function parseQuery<S extends z.ZodType>(schema: S, url: URL): z.infer<S> {
	const raw: Record<string, string | string[]> = {};
	for (const key of new Set(url.searchParams.keys())) {
		const values = url.searchParams.getAll(key);
		raw[key] = values.length > 1 ? values : values[0];
	}
	return validate(schema, raw);
}

/** Validates a JSON body (at most maxBytes). */
export async function parseJsonBody<S extends z.ZodType>(schema: S, request: Request, maxBytes = 1_000_000): Promise<z.infer<S>> {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > maxBytes) throw new AppError('payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
	if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
		throw new AppError('unsupported_media_type', 'Send the body as application/json.');
	}
	const text = await request.text();
	if (text.length > maxBytes) throw new AppError('payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw new AppError('invalid_input', 'The request body is not valid JSON.');
	}
	return validate(schema, body);
}

/** Runs a zod schema and throws invalid_input naming each failing field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
	const parsed = schema.safeParse(input);
	if (!parsed.success) {
		const fields = zodFieldErrors(parsed.error.issues);
		const first = Object.entries(fields)[0];
		throw new AppError('invalid_input', first ? `${first[0]}: ${first[1]}` : 'Invalid input.', { fields });
	}
	return parsed.data;
}
