/**
 * The open integration framework service: metadata sources and integration reports: the typed client.
 */
import type { NameRequestBody } from '../common/beans/request-bodies';
import type {
  IntegrationMetadataSourceRequestBody,
  IntegrationReport,
  IntegrationReportProperties,
} from './framework-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { OPEN_INTEGRATION_SERVICE } from './open-integration-operations';

const ops = OPEN_INTEGRATION_SERVICE.operations;

/**
 * The open integration framework service: metadata sources and integration reports.
 * Each method sends one row of {@link OPEN_INTEGRATION_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class OpenIntegrationClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `OPEN_INTEGRATION_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Returns a metadata source GUID (`POST /metadata-sources/by-name`).
   * @returns the GUID, or undefined when the server finds none
   */
  async getMetadataSourceGUID(options: OmasCallOptions & NameRequestBody = {}): Promise<string | undefined> {
    return send<string | undefined>(this.invoker, ops.getMetadataSourceGUID, options);
  }

  /**
   * Creates a metadata source (`POST /metadata-sources/new`).
   * @returns the GUID of what was created
   */
  async createMetadataSource(options: OmasCallOptions & IntegrationMetadataSourceRequestBody = {}): Promise<string> {
    return send<string>(this.invoker, ops.createMetadataSource, options);
  }

  /**
   * Publishes an integration report (`POST /elements/{elementGUID}/integration-reports`).
   */
  async publishIntegrationReport(
    options: OmasCallOptions & { readonly elementGUID: string } & IntegrationReportProperties,
  ): Promise<void> {
    await send(this.invoker, ops.publishIntegrationReport, options);
  }

  /**
   * Returns an integration report (`GET /integration-reports/{reportGUID}`).
   */
  async getIntegrationReport(
    options: OmasCallOptions & { readonly reportGUID: string },
  ): Promise<IntegrationReport | undefined> {
    return send<IntegrationReport | undefined>(this.invoker, ops.getIntegrationReport, options);
  }

  /**
   * Returns one page of the integration reports for element (`GET /integration-reports/for-element/{elementGUID}`).
   */
  async getIntegrationReportsForElement(
    options: OmasPagingOptions & {
      readonly elementGUID: string;
      readonly afterCompletionDate?: Date | string;
      readonly beforeStartDate?: Date | string;
    },
  ): Promise<IntegrationReport[]> {
    return sendPage<IntegrationReport>(this.invoker, ops.getIntegrationReportsForElement, options);
  }

  /** Iterates over every element getIntegrationReportsForElement returns, page by page from `startFrom`. */
  getIntegrationReportsForElementIterator(
    options: OmasPagingOptions & {
      readonly elementGUID: string;
      readonly afterCompletionDate?: Date | string;
      readonly beforeStartDate?: Date | string;
    },
  ): AsyncIterableIterator<IntegrationReport> {
    return iteratePages<IntegrationReport>(this.invoker, ops.getIntegrationReportsForElement, options);
  }

  /**
   * Returns one page of the integration reports (`GET /integration-reports`).
   */
  async getIntegrationReports(
    options: OmasPagingOptions & {
      readonly afterCompletionDate?: Date | string;
      readonly beforeStartDate?: Date | string;
    } = {},
  ): Promise<IntegrationReport[]> {
    return sendPage<IntegrationReport>(this.invoker, ops.getIntegrationReports, options);
  }

  /** Iterates over every element getIntegrationReports returns, page by page from `startFrom`. */
  getIntegrationReportsIterator(
    options: OmasPagingOptions & {
      readonly afterCompletionDate?: Date | string;
      readonly beforeStartDate?: Date | string;
    } = {},
  ): AsyncIterableIterator<IntegrationReport> {
    return iteratePages<IntegrationReport>(this.invoker, ops.getIntegrationReports, options);
  }
}
