/**
 * The open governance framework service: the reads of governance action processes, their steps and
 * the flow between them, and engine actions (what 5.2's lineage integrator reads through its context).
 * Each row is checked against the Spring resource class of Egeria 5.2 (commit 19177ef7); the paths
 * are below the service root, and where Egeria's Java client and server disagree the row follows the server.
 */
import { defineService, elements, get, paged, post, single, type OperationRow } from '../common/operation-rows';

/** The name of an operation of {@link OPEN_GOVERNANCE_SERVICE}. @public */
export type OpenGovernanceOperationName =
  | 'findGovernanceActionProcesses'
  | 'getGovernanceActionProcessesByName'
  | 'getGovernanceActionProcessByGUID'
  | 'findGovernanceActionProcessSteps'
  | 'getGovernanceActionProcessStepsByName'
  | 'getGovernanceActionProcessStepByGUID'
  | 'getFirstProcessStep'
  | 'getNextProcessSteps'
  | 'getEngineAction'
  | 'getEngineActions'
  | 'getActiveEngineActions';

/** The operations, keyed by the name of the Java client method that sends them. */
const rows: Readonly<Record<OpenGovernanceOperationName, OperationRow>> = {
  findGovernanceActionProcesses: post(
    '/governance-action-processes/by-search-string',
    'SearchStringRequestBody',
    elements('GovernanceActionProcessElementsResponse'),
    paged(),
  ),
  getGovernanceActionProcessesByName: post(
    '/governance-action-processes/by-name',
    'NameRequestBody',
    elements('GovernanceActionProcessElementsResponse'),
    paged(),
  ),
  getGovernanceActionProcessByGUID: get(
    '/governance-action-processes/{processGUID}',
    single('GovernanceActionProcessElementResponse'),
  ),
  findGovernanceActionProcessSteps: post(
    '/governance-action-process-steps/by-search-string',
    'SearchStringRequestBody',
    elements('GovernanceActionProcessStepsResponse'),
    paged(),
  ),
  getGovernanceActionProcessStepsByName: post(
    '/governance-action-process-steps/by-name',
    'NameRequestBody',
    elements('GovernanceActionProcessStepsResponse'),
    paged(),
  ),
  getGovernanceActionProcessStepByGUID: get(
    '/governance-action-process-steps/{processStepGUID}',
    single('GovernanceActionProcessStepResponse'),
  ),
  getFirstProcessStep: get(
    '/governance-action-processes/{processGUID}/first-process-step',
    single('FirstGovernanceActionProcessStepResponse'),
  ),
  getNextProcessSteps: get(
    '/governance-action-process-steps/{processStepGUID}/next-process-steps',
    elements('NextGovernanceActionProcessStepsResponse'),
    paged(),
  ),
  getEngineAction: get('/engine-actions/{engineActionGUID}', single('EngineActionElementResponse')),
  getEngineActions: get('/engine-actions', elements('EngineActionElementsResponse'), paged()),
  getActiveEngineActions: get('/engine-actions/active', elements('EngineActionElementsResponse'), paged()),
};

/** The open governance framework service: governance action processes, their steps and the flow between them, and engine actions: the operation table. @public */
export const OPEN_GOVERNANCE_SERVICE = defineService<OpenGovernanceOperationName>(
  { kind: 'framework-service', service: 'open-governance-service' },
  rows,
);
