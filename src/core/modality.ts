/**
 * How the report presents an event (PLOVER's mode idea made explicit):
 * - asserted: stated as fact;
 * - negated: stated as not happening ("did not meet");
 * - hedged: uncertain ("may", "reportedly", "analysts suggest");
 * - intended: announced for the future ("plans to", "vowed to", "will").
 */
export type Modality = 'asserted' | 'negated' | 'hedged' | 'intended';

export const MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hedged', 'intended'];
