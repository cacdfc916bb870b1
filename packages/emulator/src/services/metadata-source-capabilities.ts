/**
 * Metadata sources as the access services of Egeria 5.2 catalogue them: a software capability
 * (or a subtype, sometimes with a classification marking its purpose) created from a properties
 * bean, found again by its qualified name, and read by GUID. The Data Manager
 * (metadata-sources.ts), the Community Profile and the Security Manager share these routes.
 */
import type { Route } from '../server/http-server';
import type { BeanSpec, JsonObject } from '../server/binding';
import { invalidParameter, nullName } from '../ffdc/ffdc';
import { readBean, writeBean } from './bean-fields';
import { BEAN_FIELD_TABLE } from './bean-field-table';
import { inTransaction, originFor } from './context';
import type { MetadataSourceRef, Transaction } from './context';
import { createElement, sourceOf, verifySource } from './elements';
import type { CallInfo, ElementKind } from './elements';
import { requireBody, requirePathElement, route } from './kind-routes';
import type { ServiceArea } from './kind-routes';
import { elementHeader } from './headers';
import { getTypeDef, isTypeOf } from '../store/type-registry';
import type { ElementRecord } from '../store/records';

const SOFTWARE_CAPABILITY_PROPERTIES = 'org.odpi.openmetadata.frameworks.openmetadata.properties.softwarecapabilities';

/** 5.2's `MetadataSourceProperties` and `SecurityManagerProperties` (both ReferenceableProperties). */
const CAPABILITY_FIELDS =
  'displayName:s description:s deployedImplementationType:s version:s patchLevel:s source:s qualifiedName:s additionalProperties:ms vendorProperties:ms effectiveFrom:d effectiveTo:d typeName:s extendedProperties:mo';

/** Adds the beans above to the emulator's field table (a row already there wins). */
function registerBeanFields(): void {
  const table = BEAN_FIELD_TABLE as Record<string, string>;
  table['MetadataSourceProperties'] ??= CAPABILITY_FIELDS;
  table['SecurityManagerProperties'] ??= CAPABILITY_FIELDS;
}

/** A kind of metadata source an operation creates. */
export interface MetadataSourceKind {
  readonly path: string;
  readonly action: string;
  /** The request bean: a flat bean (properties plus the metadata source) or the bare properties bean. */
  readonly body: BeanSpec;
  /** The properties bean whose fields are stored. */
  readonly propertiesClass: string;
  /** The type created. */
  readonly typeName: string;
  /** Whether the body's `typeName` may name a subtype of SoftwareCapability to create instead. */
  readonly typeFromBody?: boolean;
  /** A classification added to mark the capability's purpose. */
  readonly classification?: string;
  /** Whether the body names a metadata source that owns the new capability (false: created locally). */
  readonly sourceInBody: boolean;
  /** Creates the element itself, where a kind needs more than a capability with a classification. */
  readonly create?: (
    tx: Transaction,
    properties: Record<string, unknown>,
    source: MetadataSourceRef | undefined,
    call: CallInfo,
  ) => ElementRecord;
}

/** The element kind a metadata source is created and rendered with (its properties are stored as sent). */
export function metadataSourceElementKind(propertiesClass: string, typeName = 'SoftwareCapability'): ElementKind {
  return {
    typeName,
    propertiesClass,
    acceptedPropertiesClasses: [propertiesClass],
    javaPropertiesClass: `${SOFTWARE_CAPABILITY_PROPERTIES}.${propertiesClass}`,
    beanField: 'properties',
    nameProperties: ['qualifiedName'],
  };
}

/** The type a create asks for: the kind's, or a SoftwareCapability subtype named in the body. */
function requestedType(kind: MetadataSourceKind, properties: Record<string, unknown>, call: CallInfo): string {
  const requested = properties['typeName'];
  if (typeof requested !== 'string' || requested === '') return kind.typeName;
  if (kind.typeFromBody !== true) return isTypeOf(requested, kind.typeName) ? requested : kind.typeName;
  if (getTypeDef(requested) === undefined || !isTypeOf(requested, 'SoftwareCapability')) {
    throw invalidParameter(
      'BAD_SUB_TYPE_NAME',
      [requested, call.action, call.service, 'SoftwareCapability'],
      call.action,
      'typeName',
    );
  }
  return requested;
}

/** `POST` a metadata source into the catalog: its GUID. */
export function createMetadataSourceRoute(area: ServiceArea, kind: MetadataSourceKind): Route {
  registerBeanFields();
  const ctx = area.ctx;
  return route(area, {
    method: 'POST',
    path: kind.path,
    action: kind.action,
    response: 'GUIDResponse',
    body: { spec: kind.body, required: true },
    handle: async (req, call) => {
      const body = requireBody(area, req, call);
      const properties = readBean(kind.propertiesClass, body);
      if (typeof properties['qualifiedName'] !== 'string' || properties['qualifiedName'] === '') {
        throw nullName('qualifiedName', call.action);
      }
      const typeName = requestedType(kind, properties, call);
      delete properties['typeName'];
      const source = kind.sourceInBody ? verifySource(ctx, sourceOf(body), call) : undefined;
      const guid = await inTransaction(ctx, (tx) => {
        if (kind.create !== undefined) return kind.create(tx, properties, source, call).guid;
        const element = createElement(
          tx,
          metadataSourceElementKind(kind.propertiesClass, typeName),
          { typeName, properties, source },
          call,
        );
        if (kind.classification !== undefined) {
          tx.classify(element, {
            name: kind.classification,
            properties: {},
            origin: originFor(tx.ctx, source),
            createdBy: call.userId,
            createTime: tx.ctx.now(),
            version: 1,
          });
        }
        return element.guid;
      });
      return { guid };
    },
  });
}

/** The newest software capability with a qualified name, as `getBeanGUIDByQualifiedName` finds it. */
export function metadataSourceNamed(area: ServiceArea, qualifiedName: string): ElementRecord | undefined {
  const found = area.ctx.state.store
    .elementsWithQualifiedName(qualifiedName)
    .filter((e) => isTypeOf(e.typeName, 'SoftwareCapability'));
  return found[found.length - 1];
}

/** `GET /metadata-sources/by-name/{qualifiedName}`: the GUID of a metadata source, or none. */
export function metadataSourceByNameRoute(area: ServiceArea): Route {
  return route(area, {
    method: 'GET',
    path: '/metadata-sources/by-name/{qualifiedName}',
    action: 'getMetadataSourceGUID',
    response: 'GUIDResponse',
    handle: (req, call) => {
      const name = req.params['qualifiedName'] ?? '';
      if (name === '') throw nullName('qualifiedName', call.action);
      const found = metadataSourceNamed(area, name);
      return found === undefined ? {} : { guid: found.guid };
    },
  });
}

/** `GET /metadata-sources/{metadataSourceGUID}`: a `MetadataSourceElement`. */
export function metadataSourceByGUIDRoute(area: ServiceArea): Route {
  registerBeanFields();
  return route(area, {
    method: 'GET',
    path: '/metadata-sources/{metadataSourceGUID}',
    action: 'getMetadataSource',
    response: 'MetadataSourceResponse',
    handle: (req, call) => {
      const element = requirePathElement(area.ctx, 'SoftwareCapability', req, 'metadataSourceGUID', call);
      const properties: JsonObject = writeBean('MetadataSourceProperties', element.properties);
      properties['typeName'] = element.typeName;
      return { element: { elementHeader: elementHeader(element, area.ctx.serverName), properties } };
    },
  });
}
