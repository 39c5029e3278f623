import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** /es/… , /fr/… and /pt/… reach the same routes as the English URLs. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
