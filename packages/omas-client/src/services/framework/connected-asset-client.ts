/**
 * The connected asset framework service: the connection reads of a connector factory, the typed client.
 */
import type { Connection } from '@egeria-ts/core';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { CONNECTED_ASSET_SERVICE } from './connected-asset-operations';

const ops = CONNECTED_ASSET_SERVICE.operations;

/**
 * The connected asset framework service (Egeria's `ConnectedAssetClientBase`): connections by GUID,
 * by name and for an asset, as OCF `Connection` beans with their connector type, endpoint and
 * embedded connections, and the asset a connection reaches.
 * Each method sends one row of {@link CONNECTED_ASSET_SERVICE} through an {@link OperationInvoker} (such
 * as an `OmasRestClient` for that table, with the hosting access service's `serviceURLMarker`).
 * The connections hold their secrets (`clearPassword`, `securedProperties`...) as the server stores them.
 * @public
 */
export class ConnectedAssetClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `CONNECTED_ASSET_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Returns the connection with the given GUID (`GET /connections/{guid}`).
   */
  async getConnectionByGUID(options: OmasCallOptions & { readonly guid: string }): Promise<Connection | undefined> {
    return send<Connection | undefined>(this.invoker, ops.getConnectionByGUID, options);
  }

  /**
   * Returns the connection with the given qualified name; undefined when there is none
   * (`GET /connections/by-name/{name}`).
   */
  async getConnectionByName(options: OmasCallOptions & { readonly name: string }): Promise<Connection | undefined> {
    return send<Connection | undefined>(this.invoker, ops.getConnectionByName, options);
  }

  /**
   * Returns the connection to use for an asset (one of those linked to it by ConnectionToAsset);
   * undefined when it has none (`GET /assets/{assetGUID}/connection`).
   */
  async getConnectionForAsset(
    options: OmasCallOptions & { readonly assetGUID: string },
  ): Promise<Connection | undefined> {
    return send<Connection | undefined>(this.invoker, ops.getConnectionForAsset, options);
  }

  /**
   * Returns one page of the connections linked to an asset, most recent first
   * (`GET /assets/{assetGUID}/connections?elementStart&maxElements`).
   */
  async getConnectionsForAsset(options: OmasPagingOptions & { readonly assetGUID: string }): Promise<Connection[]> {
    return sendPage<Connection>(this.invoker, ops.getConnectionsForAsset, options);
  }

  /** Iterates over every connection getConnectionsForAsset returns, page by page from `startFrom`. */
  getConnectionsForAssetIterator(
    options: OmasPagingOptions & { readonly assetGUID: string },
  ): AsyncIterableIterator<Connection> {
    return iteratePages<Connection>(this.invoker, ops.getConnectionsForAsset, options);
  }

  /**
   * Returns the GUID of the asset a connection is linked to; undefined when there is none
   * (`GET /assets/by-connection/{connectionGUID}`).
   */
  async getAssetForConnection(
    options: OmasCallOptions & { readonly connectionGUID: string },
  ): Promise<string | undefined> {
    return send<string | undefined>(this.invoker, ops.getAssetForConnection, options);
  }
}
