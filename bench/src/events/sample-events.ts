/**
 * Data Manager out-topic events shaped as the emulator publishes them
 * (`DataManagerOutboundEvent`, `NEW_ELEMENT_CREATED` of a `RelationalColumn`), each about its own
 * element: `principleElement.guid` and `uniqueName` carry the event's sequence number.
 */

const HOME = '67dc3038-6cb4-47af-8b10-f5c7d9343b15';

/** The GUID of the element of event `n`. */
export function sampleGUID(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** The sequence number of a sample event's element, read back from its unique name. */
export function sampleSequence(uniqueName: unknown): number {
  return typeof uniqueName === 'string' ? Number(uniqueName.slice(uniqueName.lastIndexOf('-') + 1)) : Number.NaN;
}

/** Builds event `n` as decoded JSON. */
export function sampleEvent(n: number): Record<string, unknown> {
  return {
    class: 'DataManagerOutboundEvent',
    eventVersionId: 1,
    eventType: 'NEW_ELEMENT_CREATED',
    principleElement: {
      class: 'ElementStub',
      headerVersion: 0,
      status: 'ACTIVE',
      type: {
        typeId: 'aa8d5470-6dbc-4648-9e2f-045e5df9d2f9',
        typeName: 'RelationalColumn',
        superTypeNames: ['TabularColumn', 'SchemaAttribute', 'SchemaElement', 'Referenceable', 'OpenMetadataRoot'],
        typeVersion: 1,
      },
      origin: {
        sourceServer: 'bench-mds',
        originCategory: 'EXTERNAL_SOURCE',
        homeMetadataCollectionId: HOME,
        homeMetadataCollectionName: 'bench-database-manager',
      },
      versions: { createdBy: 'benchnpa', createTime: '2026-01-01T00:00:00.000+00:00', version: 1 },
      guid: sampleGUID(n),
      uniqueName: `bench::benchdb::public::table::column-${n}`,
    },
  };
}
