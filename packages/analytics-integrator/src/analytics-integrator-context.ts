import { OmasIntegrationContext, type IntegrationContextDependencies } from '@egeria-ts/omas-client';

/**
 * The context of an analytics integration connector (Egeria 5.2's `AnalyticsIntegratorContext`).
 * Egeria's context adds one thing to the base: whether the elements the connector creates belong
 * to its analytics tool. The Data Science OMAS has no out topic at 5.2, so `registerListener` is
 * refused with a `ConnectorCheckedException`.
 */
export class AnalyticsIntegratorContext extends OmasIntegrationContext {
  /** @param dependencies - built by the Analytics Integrator service (`analyticsIntegratorService.createContext`) */
  constructor(dependencies: IntegrationContextDependencies) {
    super(dependencies);
  }

  /**
   * Sets whether the elements the connector creates from now on belong to its analytics tool (the
   * metadata source; true, the default) or to the local cohort, so that others may change them.
   * @param analyticsToolIsHome - true: owned by the analytics tool
   */
  setAnalyticsToolIsHome(analyticsToolIsHome: boolean): void {
    this.setExternalSourceIsHome(analyticsToolIsHome);
  }
}
