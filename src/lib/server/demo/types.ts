/** Shapes of the demo data files: validated inputs plus the stable demo id of each record. */
import type { ActorInputData, RelationInputData } from '../../domain/actor';
import type { ResourceInputData } from '../../domain/resource';

/** An organisation of the demo network; `demoId` becomes its external id under the key 'demo'. */
export type DemoActor = Omit<ActorInputData, 'externalIds'> & { demoId: string };

/** A relation between two demo actors, named by their demo ids. */
export type DemoRelation = RelationInputData;

/**
 * A knowledge record of the demo library; `demoId` is kept in `extra.demo`, and the
 * publishing organisation is named by its demo id (the loader turns it into a slug).
 */
export type DemoResource = Omit<ResourceInputData, 'status' | 'publisherActor'> & { demoId: string; publisherDemoId?: string };
