/**
 * The open integration framework service: metadata sources and integration reports.
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import {
  CREATES,
  GUID_RESPONSE,
  PAGED_MAXIMUM_RESULTS,
  VOID_RESPONSE,
  defineService,
  elements,
  get,
  optional,
  post,
  single,
  type OperationRow,
} from '../common/operation-rows';

/** The name of an operation of {@link OPEN_INTEGRATION_SERVICE}. @public */
export type OpenIntegrationOperationName =
  | 'getMetadataSourceGUID'
  | 'createMetadataSource'
  | 'publishIntegrationReport'
  | 'getIntegrationReport'
  | 'getIntegrationReportsForElement'
  | 'getIntegrationReports';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<OpenIntegrationOperationName, OperationRow>> = {
  getMetadataSourceGUID: post('/metadata-sources/by-name', 'NameRequestBody', GUID_RESPONSE),
  createMetadataSource: post('/metadata-sources/new', 'MetadataSourceRequestBody', GUID_RESPONSE, CREATES),
  publishIntegrationReport: post(
    '/elements/{elementGUID}/integration-reports',
    'IntegrationReportProperties',
    VOID_RESPONSE,
    CREATES,
  ),
  getIntegrationReport: get('/integration-reports/{reportGUID}', single('IntegrationReportResponse')),
  getIntegrationReportsForElement: get(
    '/integration-reports/for-element/{elementGUID}',
    elements('IntegrationReportsResponse'),
    PAGED_MAXIMUM_RESULTS,
    optional('afterCompletionDate'),
    optional('beforeStartDate'),
  ),
  getIntegrationReports: get(
    '/integration-reports',
    elements('IntegrationReportsResponse'),
    PAGED_MAXIMUM_RESULTS,
    optional('afterCompletionDate'),
    optional('beforeStartDate'),
  ),
};

/** The open integration framework service: metadata sources and integration reports: the operation table. @public */
export const OPEN_INTEGRATION_SERVICE = defineService<OpenIntegrationOperationName>(
  { kind: 'framework-service', service: 'open-integration' },
  rows,
);
