/**
 * Finds or creates the metadata source (software capability) that owns what a connector creates,
 * as Egeria 5.2's `IntegrationContextManager.setUpMetadataSource` does. Internal to the kit.
 */
import { newDryRunGUID, type WriteRecorder } from '@egeria-ts/core';
import type { OpenIntegrationClient } from '../services/framework/open-integration-client';

/**
 * The kind of software capability an integration service registers as its connectors' metadata
 * source: what its Egeria 5.2 context manager passes to `setUpMetadataSource`, taken from a
 * `DeployedImplementationType` (for the database integrator, `RELATIONAL_DATABASE_MANAGER`).
 */
export interface MetadataSourceType {
  /**
   * The open metadata type of the capability (the deployed implementation type's associated type),
   * such as `DatabaseManager`. Absent: none is sent and the server uses `SoftwareCapability` (5.2's
   * lineage integrator passes none).
   */
  readonly typeName?: string;
  /** A classification to add to it (the associated classification), when the type has one. */
  readonly classificationName?: string;
  /** The deployed implementation type, such as `Relational database manager (RDBMS)`. */
  readonly deployedImplementationType?: string;
}

/** What {@link setUpMetadataSource} needs. */
export interface SetUpMetadataSourceRequest {
  /** The open integration client of the partner server, calling as the daemon's user. */
  readonly client: OpenIntegrationClient;
  /** The qualified name of the metadata source; none means local-cohort provenance. */
  readonly qualifiedName?: string;
  /** What to create when it does not exist yet. */
  readonly type: MetadataSourceType;
  /** Cancels the set-up. */
  readonly signal?: AbortSignal;
  /** In a dry run: a missing metadata source is recorded here (and given a placeholder GUID), not created. */
  readonly writeRecorder?: WriteRecorder;
}

/**
 * Returns the GUID of the metadata source with the qualified name, creating it when it does not
 * exist (in a dry run: recording the create and returning a placeholder GUID); undefined (and no
 * call) when no name is given.
 */
export async function setUpMetadataSource(request: SetUpMetadataSourceRequest): Promise<string | undefined> {
  const { client, qualifiedName, type, signal } = request;
  if (qualifiedName === undefined || qualifiedName === '') return undefined;
  const found = await client.getMetadataSourceGUID({ name: qualifiedName, namePropertyName: 'qualifiedName', signal });
  if (typeof found === 'string' && found !== '') return found;
  if (request.writeRecorder !== undefined) {
    const guid = newDryRunGUID();
    request.writeRecorder.record({
      operation: 'createMetadataSource',
      kind: 'create',
      typeName: type.typeName ?? 'SoftwareCapability',
      qualifiedName,
      guid,
    });
    return guid;
  }
  return client.createMetadataSource({
    typeName: type.typeName,
    classificationName: type.classificationName,
    qualifiedName,
    deployedImplementationType: type.deployedImplementationType,
    signal,
  });
}
