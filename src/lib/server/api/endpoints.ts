/** Every documented endpoint, gathered from the areas. */
import type { EndpointDoc } from './endpoint-doc';
import { vocabEndpoints } from '../vocab/api';
import { authEndpoints } from '../auth/api-docs';
import { metaEndpoints } from './meta-docs';
import { reviewEndpoints } from '../library/review-api-docs';
import { networkEndpoints } from '../network/api-docs';
import { mapEndpoints } from '../network/map-api-docs';
import { libraryEndpoints } from '../library/api-docs';
import { jobEndpoints } from '../jobs/api-docs';
import { connectEndpoints } from '../connect/api-docs';
import { postEndpoints } from '../posts/api-docs';
import { matchEndpoints } from '../match/api-docs';

export const apiEndpoints: EndpointDoc[] = [...metaEndpoints, ...vocabEndpoints, ...authEndpoints, ...reviewEndpoints, ...mapEndpoints, ...networkEndpoints, ...libraryEndpoints, ...jobEndpoints, ...postEndpoints, ...matchEndpoints, ...connectEndpoints];
