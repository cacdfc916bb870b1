/**
 * The beans of the open governance framework service (Egeria 5.2's governance action framework):
 * governance action processes, their steps and the flow between them, and engine actions.
 */
import type { ElementHeader } from '../../operations/element-header';
import type { EgeriaDateInput, ReferenceableProperties } from '../data-manager/database-operations';

/** `EngineActionStatus` values. @public */
export type EngineActionStatus =
  | 'REQUESTED'
  | 'APPROVED'
  | 'WAITING'
  | 'ACTIVATING'
  | 'IN_PROGRESS'
  | 'ACTIONED'
  | 'INVALID'
  | 'IGNORED'
  | 'FAILED'
  | 'CANCELLED'
  | 'OTHER';

/** A governance service's specification (request types, parameters, guards...): lists of name-value maps by kind. @public */
export type GovernanceSpecification = Readonly<Record<string, ReadonlyArray<Readonly<Record<string, string>>>>>;

/** `GovernanceActionProcessProperties`. @public */
export interface GovernanceActionProcessProperties extends ReferenceableProperties {
  /** The governance domain (0: all). */
  readonly domainIdentifier?: number;
  /** The name to display. */
  readonly displayName?: string;
  /** What the process does. */
  readonly description?: string;
  /** The version of the process. */
  readonly versionIdentifier?: string;
  /** How the process is derived. */
  readonly formula?: string;
  /** The notation of the formula. */
  readonly formulaType?: string;
  /** When the process started (for an instance). */
  readonly processStartTime?: EgeriaDateInput;
  /** When the process ended (for an instance). */
  readonly processEndTime?: EgeriaDateInput;
}

/** `GovernanceActionProcessElement`. @public */
export interface GovernanceActionProcessElement {
  /** The process's header. */
  readonly elementHeader?: ElementHeader;
  /** Its properties. */
  readonly processProperties?: GovernanceActionProcessProperties;
  /** What its governance services support. */
  readonly specification?: GovernanceSpecification;
}

/** `GovernanceActionProcessStepProperties` (a `GovernanceActionTypeProperties`). @public */
export interface GovernanceActionProcessStepProperties extends ReferenceableProperties {
  /** The governance domain (0: all). */
  readonly domainIdentifier?: number;
  /** The name to display. */
  readonly displayName?: string;
  /** What the step does. */
  readonly description?: string;
  /** The governance engine that runs the step. */
  readonly governanceEngineGUID?: string;
  /** The request type the engine runs. */
  readonly requestType?: string;
  /** Request parameters always passed. */
  readonly fixedRequestParameters?: Readonly<Record<string, string>>;
  /** Minutes to wait before the step runs. */
  readonly waitTime?: number;
  /** Run the step once even when several guards trigger it. */
  readonly ignoreMultipleTriggers?: boolean;
}

/** `GovernanceActionProcessStepElement`. @public */
export interface GovernanceActionProcessStepElement {
  /** The step's header. */
  readonly elementHeader?: ElementHeader;
  /** Its properties. */
  readonly processStepProperties?: GovernanceActionProcessStepProperties;
  /** What its governance service supports. */
  readonly specification?: GovernanceSpecification;
}

/** `GovernanceActionProcessStepExecution`: a step's properties with the state of its execution. @public */
export interface GovernanceActionProcessStepExecution extends GovernanceActionProcessStepProperties {
  /** Guards that must be received before the step runs. */
  readonly mandatoryGuards?: readonly string[];
  /** Guards received. */
  readonly receivedGuards?: readonly string[];
  /** The governance engine's name. */
  readonly governanceEngineName?: string;
  /** The process's name. */
  readonly processName?: string;
  /** The engine action's status. */
  readonly actionStatus?: EngineActionStatus;
}

/** `GovernanceActionProcessStepExecutionElement`. @public */
export interface GovernanceActionProcessStepExecutionElement {
  /** The step's header. */
  readonly elementHeader?: ElementHeader;
  /** Its properties. */
  readonly processStepProperties?: GovernanceActionProcessStepExecution;
  /** What its governance service supports. */
  readonly specification?: GovernanceSpecification;
}

/** `FirstGovernanceActionProcessStepElement`: the first step of a process and the link to it. @public */
export interface FirstGovernanceActionProcessStepElement {
  /** The step. */
  readonly element?: GovernanceActionProcessStepExecutionElement;
  /** The GUID of the `GovernanceActionProcessFlow` relationship. */
  readonly linkGUID?: string;
  /** The guard that starts the process, if any. */
  readonly guard?: string;
}

/** `NextGovernanceActionProcessStepElement`: a step that follows another, and the guard that leads to it. @public */
export interface NextGovernanceActionProcessStepElement {
  /** The next step. */
  readonly nextProcessStep?: GovernanceActionProcessStepExecutionElement;
  /** The GUID of the `NextGovernanceActionProcessStep` relationship. */
  readonly nextProcessStepLinkGUID?: string;
  /** The guard that leads to the next step. */
  readonly guard?: string;
  /** Whether the guard must be received before the next step runs. */
  readonly mandatoryGuard?: boolean;
}

/** `EngineActionElement`: a request to a governance engine, and what became of it. @public */
export interface EngineActionElement extends ReferenceableProperties {
  /** The engine action's header. */
  readonly elementHeader?: ElementHeader;
  /** The governance domain (0: all). */
  readonly domainIdentifier?: number;
  /** The name to display. */
  readonly displayName?: string;
  /** What the action does. */
  readonly description?: string;
  /** Guards that must be received before the action runs. */
  readonly mandatoryGuards?: readonly string[];
  /** Guards received. */
  readonly receivedGuards?: readonly string[];
  /** The governance engine's GUID. */
  readonly governanceEngineGUID?: string;
  /** The governance engine's name. */
  readonly governanceEngineName?: string;
  /** The process the action belongs to. */
  readonly processName?: string;
  /** The process step it runs. */
  readonly processStepGUID?: string;
  /** The user who asked for it. */
  readonly requesterUserId?: string;
  /** The request type. */
  readonly requestType?: string;
  /** The request parameters. */
  readonly requestParameters?: Readonly<Record<string, string>>;
  /** Where it is in its life. */
  readonly actionStatus?: EngineActionStatus;
  /** When it was requested. */
  readonly requestedTime?: EgeriaDateInput;
  /** When it may start. */
  readonly requestedStartTime?: EgeriaDateInput;
  /** When it started. */
  readonly startTime?: EgeriaDateInput;
  /** When it completed. */
  readonly completionTime?: EgeriaDateInput;
  /** The guards it produced. */
  readonly completionGuards?: readonly string[];
  /** What it reported on completion. */
  readonly completionMessage?: string;
}
