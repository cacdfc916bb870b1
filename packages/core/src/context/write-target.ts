/**
 * Where a write goes, for the permitted synchronization check: `TO_THIRD_PARTY` forbids writes to
 * open metadata, `FROM_THIRD_PARTY` forbids writes to the third party, `BOTH_DIRECTIONS` (and
 * `OTHER`, whose rule is described elsewhere) allows both. Correlation writes (external
 * identifiers) are allowed in every direction, as in Egeria.
 */
export enum WriteTarget {
  /** The write changes open metadata. */
  OPEN_METADATA = 'OPEN_METADATA',
  /** The write changes the third-party technology. */
  THIRD_PARTY = 'THIRD_PARTY',
  /**
   * The write records how an open metadata element and its third-party counterpart correlate
   * (external identifiers, synchronization times): Egeria allows it whatever the direction.
   */
  CORRELATION = 'CORRELATION',
}
