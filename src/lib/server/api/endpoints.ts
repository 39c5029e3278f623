/** Every documented endpoint, gathered from the areas. */
import type { EndpointDoc } from './endpoint-doc';
import { vocabEndpoints } from '../vocab/api';
import { authEndpoints } from '../auth/api-docs';
import { metaEndpoints } from './meta-docs';
import { reviewEndpoints } from '../library/review-api-docs';

export const apiEndpoints: EndpointDoc[] = [...metaEndpoints, ...vocabEndpoints, ...authEndpoints, ...reviewEndpoints];
