/** The format of a library export; the other parameters are the filters of GET /api/v1/resources. */
import { z } from 'zod';
import { RESOURCE_EXPORT_FORMATS } from './resource-export';

export const ExportFormatQuery = z.object({
	format: z.enum(RESOURCE_EXPORT_FORMATS).default('csv')
});
