import type { EnumValueInfo } from './enum-info';

/** Which way an integration connector may move metadata (Egeria's `PermittedSynchronization`). */
export enum PermittedSynchronization {
  /** Metadata moves both ways. */
  BOTH_DIRECTIONS = 'BOTH_DIRECTIONS',
  /** Open metadata is the master: the connector only writes to the third party. */
  TO_THIRD_PARTY = 'TO_THIRD_PARTY',
  /** The third party is the master: the connector only writes open metadata. */
  FROM_THIRD_PARTY = 'FROM_THIRD_PARTY',
  /** A rule described elsewhere. */
  OTHER = 'OTHER',
}

/** Egeria's ordinals and names for {@link PermittedSynchronization}. */
export const PERMITTED_SYNCHRONIZATION_INFO: Readonly<Record<PermittedSynchronization, EnumValueInfo>> = Object.freeze({
  BOTH_DIRECTIONS: {
    ordinal: 0,
    displayName: 'Both Directions',
    description: 'Metadata is exchanged in both directions.',
  },
  TO_THIRD_PARTY: {
    ordinal: 1,
    displayName: 'To Third Party',
    description: 'Open metadata is sent to the third party.',
  },
  FROM_THIRD_PARTY: {
    ordinal: 2,
    displayName: 'From Third Party',
    description: 'Metadata from the third party is sent to open metadata.',
  },
  OTHER: { ordinal: 99, displayName: 'Other', description: 'Another synchronization rule.' },
});
