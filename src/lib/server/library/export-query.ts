/** The query string of a library export: a format and the filters of GET /api/v1/resources. */
import { z } from 'zod';
import { RESOURCE_EXPORT_FORMATS } from './resource-export';

const values = z.union([z.string().max(500), z.array(z.string().max(500)).max(50)]).optional();

export const ExportQuery = z.object({
	format: z.enum(RESOURCE_EXPORT_FORMATS).default('csv'),
	q: z.string().max(500).optional(),
	lang: values,
	type: values,
	category: values,
	topic: values,
	country: values,
	region: values,
	year: values
});
export type ExportQuery = z.infer<typeof ExportQuery>;
