/**
 * The open governance framework service: the reads of governance action processes, their steps and
 * the flow between them, and engine actions: the typed client.
 */
import type { NameRequestBody, SearchStringRequestBody } from '../common/beans/request-bodies';
import type {
  EngineActionElement,
  FirstGovernanceActionProcessStepElement,
  GovernanceActionProcessElement,
  GovernanceActionProcessStepElement,
  NextGovernanceActionProcessStepElement,
} from './governance-action-beans';
import type { OperationInvoker } from '../../operations/operation-invoker';
import { iteratePages, send, sendPage } from '../common/client-support';
import type { OmasCallOptions, OmasPagingOptions } from '../common/options';
import { OPEN_GOVERNANCE_SERVICE } from './open-governance-operations';

const ops = OPEN_GOVERNANCE_SERVICE.operations;

/**
 * The open governance framework service: the reads of governance action processes, their steps and
 * the flow between them, and engine actions.
 * Each method sends one row of {@link OPEN_GOVERNANCE_SERVICE} through an {@link OperationInvoker} (such as an
 * `OmasRestClient` for that table). Options carry the path values, the query values and the fields of
 * the request bean, under Egeria's names.
 * @public
 */
export class OpenGovernanceClient {
  /** @param invoker - sends the operations, such as an `OmasRestClient` for `OPEN_GOVERNANCE_SERVICE` */
  constructor(private readonly invoker: OperationInvoker) {}

  /**
   * Returns one page of the governance action processes whose properties match a search string (`POST /governance-action-processes/by-search-string`).
   */
  async findGovernanceActionProcesses(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): Promise<GovernanceActionProcessElement[]> {
    return sendPage<GovernanceActionProcessElement>(this.invoker, ops.findGovernanceActionProcesses, options);
  }

  /** Iterates over every element findGovernanceActionProcesses returns, page by page from `startFrom`. */
  findGovernanceActionProcessesIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<GovernanceActionProcessElement> {
    return iteratePages<GovernanceActionProcessElement>(this.invoker, ops.findGovernanceActionProcesses, options);
  }

  /**
   * Returns one page of the governance action processes with a name (`POST /governance-action-processes/by-name`).
   */
  async getGovernanceActionProcessesByName(
    options: OmasPagingOptions & NameRequestBody = {},
  ): Promise<GovernanceActionProcessElement[]> {
    return sendPage<GovernanceActionProcessElement>(this.invoker, ops.getGovernanceActionProcessesByName, options);
  }

  /** Iterates over every element getGovernanceActionProcessesByName returns, page by page from `startFrom`. */
  getGovernanceActionProcessesByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<GovernanceActionProcessElement> {
    return iteratePages<GovernanceActionProcessElement>(this.invoker, ops.getGovernanceActionProcessesByName, options);
  }

  /**
   * Returns the governance action process with the given GUID (`GET /governance-action-processes/{processGUID}`).
   */
  async getGovernanceActionProcessByGUID(
    options: OmasCallOptions & { readonly processGUID: string },
  ): Promise<GovernanceActionProcessElement | undefined> {
    return send<GovernanceActionProcessElement | undefined>(
      this.invoker,
      ops.getGovernanceActionProcessByGUID,
      options,
    );
  }

  /**
   * Returns one page of the process steps whose properties match a search string (`POST /governance-action-process-steps/by-search-string`).
   */
  async findGovernanceActionProcessSteps(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): Promise<GovernanceActionProcessStepElement[]> {
    return sendPage<GovernanceActionProcessStepElement>(this.invoker, ops.findGovernanceActionProcessSteps, options);
  }

  /** Iterates over every element findGovernanceActionProcessSteps returns, page by page from `startFrom`. */
  findGovernanceActionProcessStepsIterator(
    options: OmasPagingOptions & SearchStringRequestBody = {},
  ): AsyncIterableIterator<GovernanceActionProcessStepElement> {
    return iteratePages<GovernanceActionProcessStepElement>(
      this.invoker,
      ops.findGovernanceActionProcessSteps,
      options,
    );
  }

  /**
   * Returns one page of the process steps with a name (`POST /governance-action-process-steps/by-name`).
   */
  async getGovernanceActionProcessStepsByName(
    options: OmasPagingOptions & NameRequestBody = {},
  ): Promise<GovernanceActionProcessStepElement[]> {
    return sendPage<GovernanceActionProcessStepElement>(
      this.invoker,
      ops.getGovernanceActionProcessStepsByName,
      options,
    );
  }

  /** Iterates over every element getGovernanceActionProcessStepsByName returns, page by page from `startFrom`. */
  getGovernanceActionProcessStepsByNameIterator(
    options: OmasPagingOptions & NameRequestBody = {},
  ): AsyncIterableIterator<GovernanceActionProcessStepElement> {
    return iteratePages<GovernanceActionProcessStepElement>(
      this.invoker,
      ops.getGovernanceActionProcessStepsByName,
      options,
    );
  }

  /**
   * Returns the process step with the given GUID (`GET /governance-action-process-steps/{processStepGUID}`).
   */
  async getGovernanceActionProcessStepByGUID(
    options: OmasCallOptions & { readonly processStepGUID: string },
  ): Promise<GovernanceActionProcessStepElement | undefined> {
    return send<GovernanceActionProcessStepElement | undefined>(
      this.invoker,
      ops.getGovernanceActionProcessStepByGUID,
      options,
    );
  }

  /**
   * Returns the first step of a governance action process (`GET /governance-action-processes/{processGUID}/first-process-step`).
   */
  async getFirstProcessStep(
    options: OmasCallOptions & { readonly processGUID: string },
  ): Promise<FirstGovernanceActionProcessStepElement | undefined> {
    return send<FirstGovernanceActionProcessStepElement | undefined>(this.invoker, ops.getFirstProcessStep, options);
  }

  /**
   * Returns one page of the steps that follow a process step (`GET /governance-action-process-steps/{processStepGUID}/next-process-steps`).
   */
  async getNextProcessSteps(
    options: OmasPagingOptions & { readonly processStepGUID: string },
  ): Promise<NextGovernanceActionProcessStepElement[]> {
    return sendPage<NextGovernanceActionProcessStepElement>(this.invoker, ops.getNextProcessSteps, options);
  }

  /** Iterates over every element getNextProcessSteps returns, page by page from `startFrom`. */
  getNextProcessStepsIterator(
    options: OmasPagingOptions & { readonly processStepGUID: string },
  ): AsyncIterableIterator<NextGovernanceActionProcessStepElement> {
    return iteratePages<NextGovernanceActionProcessStepElement>(this.invoker, ops.getNextProcessSteps, options);
  }

  /**
   * Returns an engine action (`GET /engine-actions/{engineActionGUID}`).
   */
  async getEngineAction(
    options: OmasCallOptions & { readonly engineActionGUID: string },
  ): Promise<EngineActionElement | undefined> {
    return send<EngineActionElement | undefined>(this.invoker, ops.getEngineAction, options);
  }

  /**
   * Returns one page of the engine actions the server knows (`GET /engine-actions`).
   */
  async getEngineActions(options: OmasPagingOptions = {}): Promise<EngineActionElement[]> {
    return sendPage<EngineActionElement>(this.invoker, ops.getEngineActions, options);
  }

  /** Iterates over every element getEngineActions returns, page by page from `startFrom`. */
  getEngineActionsIterator(options: OmasPagingOptions = {}): AsyncIterableIterator<EngineActionElement> {
    return iteratePages<EngineActionElement>(this.invoker, ops.getEngineActions, options);
  }

  /**
   * Returns one page of the engine actions still in progress (`GET /engine-actions/active`).
   */
  async getActiveEngineActions(options: OmasPagingOptions = {}): Promise<EngineActionElement[]> {
    return sendPage<EngineActionElement>(this.invoker, ops.getActiveEngineActions, options);
  }

  /** Iterates over every element getActiveEngineActions returns, page by page from `startFrom`. */
  getActiveEngineActionsIterator(options: OmasPagingOptions = {}): AsyncIterableIterator<EngineActionElement> {
    return iteratePages<EngineActionElement>(this.invoker, ops.getActiveEngineActions, options);
  }
}
