import { slugSchema } from './ids.ts';

/**
 * A case kind id, e.g. `industrial-chain`: what sort of effort a case study
 * describes. Each casebook names its kinds and their labels in
 * `casebook.yaml` (`kinds`); the whole-casebook check refuses a kind that is
 * not there (see src/model/checks/vocabulary.ts).
 */
export const kindSchema = slugSchema;

/** A kind id, as a case names it. */
export type Kind = string;
