/**
 * Asset Manager OMAS: registering the third party catalog (asset manager) and the out-topic connection (AssetManagerOMASResource): the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type { AssetManagerProperties } from '../common/beans/capability-properties';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { send } from '../common/client-support';
import type { OmasCallOptions } from '../common/options';
import { ASSET_MANAGER_REGISTRATION_SERVICE } from './asset-manager-registration-operations';
import { getOutTopicConnection, type OutTopicConnectionOptions } from '../common/out-topic-connection';

const ops = ASSET_MANAGER_REGISTRATION_SERVICE.operations;

/**
 * Asset Manager OMAS: registering the third party catalog (asset manager) and the out-topic connection (AssetManagerOMASResource).
 * Each method sends one row of {@link ASSET_MANAGER_REGISTRATION_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class ExternalAssetManagerClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `ASSET_MANAGER_REGISTRATION_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Returns an out topic connection (`GET /topics/out-topic-connection/{callerId}`); undefined when the
   * access service has no out topic configured.
   */
  async getOutTopicConnection(options: OutTopicConnectionOptions): Promise<Connection | undefined> {
    return getOutTopicConnection(this.invoker, ops.getOutTopicConnection, options);
  }

  /**
   * Creates an external asset manager (`POST /asset-managers`).
   * @returns the GUID of what was created
   */
  async createExternalAssetManager(options: OmasCallOptions & AssetManagerProperties = {}): Promise<string> {
    return send<string>(this.invoker, ops.createExternalAssetManager, options);
  }

  /**
   * Returns an external asset manager GUID (`GET /asset-managers/by-name/{qualifiedName}`).
   * @returns the GUID, or undefined when the server finds none
   */
  async getExternalAssetManagerGUID(
    options: OmasCallOptions & { readonly qualifiedName: string },
  ): Promise<string | undefined> {
    return send<string | undefined>(this.invoker, ops.getExternalAssetManagerGUID, options);
  }
}
