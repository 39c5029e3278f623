/** How each area describes its endpoints for the OpenAPI document. */
import type { z } from 'zod';

export interface EndpointDoc {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	/** OpenAPI path with {param} placeholders. */
	path: string;
	summary: string;
	description?: string;
	tags: string[];
	/** Path parameters by name. */
	params?: Record<string, string>;
	query?: z.ZodObject;
	body?: z.ZodType;
	/** Content types of a request body that is a file rather than JSON (multipart/form-data: a "file" field). */
	fileBody?: string[];
	response?: z.ZodType;
	/** Content type of the response when it is not JSON. */
	produces?: string;
	/** Writes (and reads of private data) need a session cookie or a bearer token. */
	auth?: boolean;
}
