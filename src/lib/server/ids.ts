/**
 * Row ids are UUIDs in their canonical text form: random ones (version 4) for rows made
 * before decision 0007, time-ordered ones (version 7) since. Code that must tell an id
 * from a slug, a name or an external id asks here, and accepts every version.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
	return UUID.test(value);
}
