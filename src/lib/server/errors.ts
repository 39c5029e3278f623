/**
 * Typed errors thrown by services. The edges (API, pages, CLI) map them to a status
 * and the one error shape; anything else is logged and becomes a plain 500.
 */
export type ErrorCode =
	| 'invalid_input'
	| 'not_found'
	| 'forbidden'
	| 'unauthenticated'
	| 'conflict'
	| 'rate_limited'
	| 'payload_too_large'
	| 'unsupported_media_type';

const STATUS: Record<ErrorCode, number> = {
	invalid_input: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	payload_too_large: 413,
	unsupported_media_type: 415,
	rate_limited: 429
};

export class AppError extends Error {
	readonly code: ErrorCode;
	readonly status: number;
	/** Field name → message, for invalid_input. */
	readonly fields?: Record<string, string>;
	/** Seconds until a rate limit frees up. */
	readonly retryAfterSeconds?: number;

	constructor(code: ErrorCode, message: string, extra: { fields?: Record<string, string>; retryAfterSeconds?: number } = {}) {
		super(message);
		this.name = 'AppError';
		this.code = code;
		this.status = STATUS[code];
		this.fields = extra.fields;
		this.retryAfterSeconds = extra.retryAfterSeconds;
	}
}

/** "Not found" and "no access" look the same to the caller. */
export const notFound = (what = 'The record') => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('forbidden', message);
export const invalidInput = (message: string, fields?: Record<string, string>) =>
	new AppError('invalid_input', message, { fields });
export const conflict = (message: string) => new AppError('conflict', message);

/** Turns a zod error into field → message (first message per field). */
export function zodFieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const issue of issues) {
		const key = issue.path.map(String).join('.') || '_';
		if (!(key in fields)) fields[key] = issue.message;
	}
	return fields;
}
