/** Every organisation of the demo network (see the two parts for the sources). */
import { iloActors } from './actors-ilo';
import { europeanActors } from './actors-europe';
import type { DemoActor } from './types';

export const demoActors: DemoActor[] = [...iloActors, ...europeanActors];
