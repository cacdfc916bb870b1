import {
  OPEN_GOVERNANCE_SERVICE,
  OpenGovernanceClient,
  type AssetManagerExchangeContext,
  type AssetManagerNameOptions,
  type AssetManagerSearchOptions,
  type EngineActionElement,
  type FirstGovernanceActionProcessStepElement,
  type GovernanceActionProcessElement,
  type GovernanceActionProcessStepElement,
  type NextGovernanceActionProcessStepElement,
} from '@egeria-ts/omas-client';

/** Names one governance action process. */
export interface GovernanceActionProcessGUIDOptions {
  /** The process's GUID. */
  readonly processGUID: string;
}

/** Names one governance action process step. */
export interface GovernanceActionProcessStepGUIDOptions {
  /** The step's GUID. */
  readonly processStepGUID: string;
}

/** Paging of a list call: `startFrom` (default 0) and `pageSize` (default and most: the context's `maxPageSize`). */
export interface GovernancePagingOptions {
  /** The first element to return, 0-based. */
  readonly startFrom?: number;
  /** The most elements to return. */
  readonly pageSize?: number;
}

/** Options of `getNextProcessSteps`. */
export interface NextProcessStepsOptions extends GovernanceActionProcessStepGUIDOptions, GovernancePagingOptions {}

/** Names one engine action. */
export interface EngineActionGUIDOptions {
  /** The engine action's GUID. */
  readonly engineActionGUID: string;
}

/**
 * The governance action process reads of the lineage integrator (Egeria 5.2's
 * `LineageIntegratorContext.findGovernanceActionProcesses` and the rest): processes, their steps and
 * the flow between them, and engine actions, through the Asset Manager's open governance service.
 * Reads only; they are refused once the context is disconnected.
 */
export class GovernanceActionProcessReads {
  readonly #context: AssetManagerExchangeContext;
  readonly #client: OpenGovernanceClient;

  /** @param context - the integration context that owns the reads */
  constructor(context: AssetManagerExchangeContext) {
    this.#context = context;
    this.#client = new OpenGovernanceClient(context.partnerInvoker(OPEN_GOVERNANCE_SERVICE));
  }

  /** Governance action processes whose properties match a search string (one page). */
  async findGovernanceActionProcesses(options: AssetManagerSearchOptions): Promise<GovernanceActionProcessElement[]> {
    return this.#page('findGovernanceActionProcesses', options, (request) =>
      this.#client.findGovernanceActionProcesses({
        ...request,
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** Governance action processes with a qualified or display name (one page). */
  async getGovernanceActionProcessesByName(
    options: AssetManagerNameOptions,
  ): Promise<GovernanceActionProcessElement[]> {
    return this.#page('getGovernanceActionProcessesByName', options, (request) =>
      this.#client.getGovernanceActionProcessesByName({
        ...request,
        name: options.name,
        nameParameterName: 'name',
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** One governance action process, or undefined. */
  async getGovernanceActionProcessByGUID(
    options: GovernanceActionProcessGUIDOptions,
  ): Promise<GovernanceActionProcessElement | undefined> {
    return this.#one('getGovernanceActionProcessByGUID', options, (o, signal) =>
      this.#client.getGovernanceActionProcessByGUID({ signal, processGUID: o.processGUID }),
    );
  }

  /** Governance action process steps whose properties match a search string (one page). */
  async findGovernanceActionProcessSteps(
    options: AssetManagerSearchOptions,
  ): Promise<GovernanceActionProcessStepElement[]> {
    return this.#page('findGovernanceActionProcessSteps', options, (request) =>
      this.#client.findGovernanceActionProcessSteps({
        ...request,
        searchString: options.searchString,
        searchStringParameterName: 'searchString',
      }),
    );
  }

  /** Governance action process steps with a qualified or display name (one page). */
  async getGovernanceActionProcessStepsByName(
    options: AssetManagerNameOptions,
  ): Promise<GovernanceActionProcessStepElement[]> {
    return this.#page('getGovernanceActionProcessStepsByName', options, (request) =>
      this.#client.getGovernanceActionProcessStepsByName({
        ...request,
        name: options.name,
        nameParameterName: 'name',
        effectiveTime: options.effectiveTime,
      }),
    );
  }

  /** One governance action process step, or undefined. */
  async getGovernanceActionProcessStepByGUID(
    options: GovernanceActionProcessStepGUIDOptions,
  ): Promise<GovernanceActionProcessStepElement | undefined> {
    return this.#one('getGovernanceActionProcessStepByGUID', options, (o, signal) =>
      this.#client.getGovernanceActionProcessStepByGUID({ signal, processStepGUID: o.processStepGUID }),
    );
  }

  /** The first step of a governance action process, or undefined. */
  async getFirstProcessStep(
    options: GovernanceActionProcessGUIDOptions,
  ): Promise<FirstGovernanceActionProcessStepElement | undefined> {
    return this.#one('getFirstProcessStep', options, (o, signal) =>
      this.#client.getFirstProcessStep({ signal, processGUID: o.processGUID }),
    );
  }

  /** The steps that follow a step, with the guards that lead to them (one page). */
  async getNextProcessSteps(options: NextProcessStepsOptions): Promise<NextGovernanceActionProcessStepElement[]> {
    return this.#page('getNextProcessSteps', options, (request) =>
      this.#client.getNextProcessSteps({ ...request, processStepGUID: options.processStepGUID }),
    );
  }

  /** One engine action (a request to a governance engine and what became of it), or undefined. */
  async getEngineAction(options: EngineActionGUIDOptions): Promise<EngineActionElement | undefined> {
    return this.#one('getEngineAction', options, (o, signal) =>
      this.#client.getEngineAction({ signal, engineActionGUID: o.engineActionGUID }),
    );
  }

  /** The engine actions the server knows (one page). */
  async getEngineActions(options: GovernancePagingOptions = {}): Promise<EngineActionElement[]> {
    return this.#page('getEngineActions', options, (request) => this.#client.getEngineActions(request));
  }

  /** The engine actions still in progress (one page). */
  async getActiveEngineActions(options: GovernancePagingOptions = {}): Promise<EngineActionElement[]> {
    return this.#page('getActiveEngineActions', options, (request) => this.#client.getActiveEngineActions(request));
  }

  async #page<T>(
    operation: string,
    options: GovernancePagingOptions,
    fn: (request: { startFrom: number; pageSize: number; signal: AbortSignal }) => Promise<T[]>,
  ): Promise<T[]> {
    const page = this.#context.paging(operation, this.#context.requireOptions(operation, options));
    return this.#context.read(operation, (signal) => fn({ ...page, signal }));
  }

  async #one<T, O extends object>(
    operation: string,
    options: O,
    fn: (options: O, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const o = this.#context.requireOptions(operation, options);
    return this.#context.read(operation, (signal) => fn(o, signal));
  }
}
