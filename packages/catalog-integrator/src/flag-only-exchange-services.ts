/**
 * The catalog integrator's exchange services that Egeria 5.2 ships without exchange methods:
 * collaboration, governance and infrastructure. At 5.2 each holds only the `forLineage` and
 * `forDuplicateProcessing` flags (its Asset Manager client is wired in, but no method uses it), and
 * so do these: they exist so that connectors written against Egeria's context find them, and so
 * that the `disabledExchangeServices` option can name them.
 */
import { AssetManagerExchangeServiceBase, type AssetManagerExchangeContext } from '@egeria-ts/omas-client';

/** Egeria 5.2's `CollaborationExchangeService`: the query flags only, as at 5.2. */
export class CollaborationExchangeService extends AssetManagerExchangeServiceBase {
  /** @param context - the catalog integrator context that owns the service */
  constructor(context: AssetManagerExchangeContext) {
    super(context, false);
  }
}

/** Egeria 5.2's `GovernanceExchangeService`: the query flags only, as at 5.2. */
export class GovernanceExchangeService extends AssetManagerExchangeServiceBase {
  /** @param context - the catalog integrator context that owns the service */
  constructor(context: AssetManagerExchangeContext) {
    super(context, false);
  }
}

/** Egeria 5.2's `InfrastructureExchangeService`: the query flags only, as at 5.2. */
export class InfrastructureExchangeService extends AssetManagerExchangeServiceBase {
  /** @param context - the catalog integrator context that owns the service */
  constructor(context: AssetManagerExchangeContext) {
    super(context, false);
  }
}
