/**
 * The out-topic events of the access services that the integration services pair with, as Egeria
 * 5.2 puts them on the wire (the getters of each event bean, since the beans serialize through
 * their public getters only). Each is read by a parser built from one table by
 * {@link createOutTopicEventParser}.
 */
import type { OutTopicEventType } from '@egeria-ts/core';
import type { EventElementHeader, EventElementStub } from './element-header';
import type { OutTopicEventParser } from './event-parser';
import { createOutTopicEventParser } from './event-parser';

/**
 * An event of the Data Manager OMAS out topic (Egeria's `DataManagerOutboundEvent`). It carries no
 * property values: fetch the element by its GUID to see them.
 */
export interface DataManagerOutboundEvent {
  /** Jackson discriminator: `DataManagerOutboundEvent`. */
  readonly class?: string;
  /** Version of the event bean (1). */
  readonly eventVersionId?: number;
  /** What happened; `UNKNOWN_EVENT` when the server sent a type this client does not know, or none. */
  readonly eventType: OutTopicEventType;
  /** The element that changed (Egeria's spelling: `principle`). For a relationship, the relationship. */
  readonly principleElement?: EventElementStub;
  /** The classification added, changed or removed, for classification events. */
  readonly classificationName?: string;
  /** For relationship events, the element at end one. */
  readonly endOneElement?: EventElementStub;
  /** For relationship events, the element at end two. */
  readonly endTwoElement?: EventElementStub;
}

/**
 * The shape shared by the out-topic events of the Security Manager, IT Infrastructure and Asset
 * Consumer OMASs (Egeria's `SecurityManagerOutTopicEvent`, `ITInfrastructureOutTopicEvent`,
 * `AssetConsumerOutTopicEvent`): the element's header and properties, and their values before the
 * change. Values may be stale by the time the event is read: re-read the element when it matters.
 */
export interface ElementChangeOutTopicEvent {
  /** Version of the event bean (1). */
  readonly eventVersionId?: number;
  /** What happened; `UNKNOWN_EVENT` when the server sent a type this client does not know, or none. */
  readonly eventType: OutTopicEventType;
  /** When the change happened. */
  readonly eventTime?: Date;
  /** Header of the element (or relationship) that changed. */
  readonly elementHeader?: EventElementHeader;
  /** Its properties after the change, by property name. */
  readonly elementProperties?: Readonly<Record<string, unknown>>;
  /** Its header before the change, for updates. */
  readonly previousElementHeader?: EventElementHeader;
  /** Its properties before the change, for updates. */
  readonly previousElementProperties?: Readonly<Record<string, unknown>>;
  /** The classification added, changed or removed, for classification events. */
  readonly classificationName?: string;
  /** The classification's properties before the change. */
  readonly previousClassificationProperties?: Readonly<Record<string, unknown>>;
}

/**
 * An event of the Asset Manager OMAS out topic (Egeria's `AssetManagerOutTopicEvent`; it has no
 * `class` field). For relationship events the end elements are described too.
 *
 * Egeria's bug: the bean's `endTwoElementProperties` getter and setter use the end-one map, so on
 * the wire `endTwoElementProperties` is a copy of end one's properties, and an Egeria client that
 * reads the event overwrites end one's properties with the end-two value. Treat
 * `endOneElementProperties` and `endTwoElementProperties` as unreliable: re-read both ends by GUID.
 */
export interface AssetManagerOutTopicEvent extends ElementChangeOutTopicEvent {
  /** Header of the element at end one of a relationship. */
  readonly endOneElementHeader?: EventElementHeader;
  /** Properties of the element at end one. Unreliable (see the type's description). */
  readonly endOneElementProperties?: Readonly<Record<string, unknown>>;
  /** Header of the element at end two of a relationship. */
  readonly endTwoElementHeader?: EventElementHeader;
  /** On the wire, a copy of end one's properties (Egeria's bug); do not rely on it. */
  readonly endTwoElementProperties?: Readonly<Record<string, unknown>>;
}

/** An event of the Security Manager OMAS out topic (Egeria's `SecurityManagerOutTopicEvent`). */
export type SecurityManagerOutTopicEvent = ElementChangeOutTopicEvent;

/** An event of the IT Infrastructure OMAS out topic (Egeria's `ITInfrastructureOutTopicEvent`). */
export type ITInfrastructureOutTopicEvent = ElementChangeOutTopicEvent;

/** An event of the Asset Consumer OMAS out topic (Egeria's `AssetConsumerOutTopicEvent`). */
export type AssetConsumerOutTopicEvent = ElementChangeOutTopicEvent;

/**
 * The event types of the Community Profile OMAS: the twelve common ones and
 * `KARMA_POINT_PLATEAU_EVENT` (code 50), sent when a person passes a karma point plateau.
 */
export type CommunityProfileOutboundEventType = OutTopicEventType | 'KARMA_POINT_PLATEAU_EVENT';

/**
 * An event of the Community Profile OMAS out topic (Egeria's `CommunityProfileOutboundEvent`).
 * The Egeria 5.2 bean also declares `eventTime`, `elementProperties` and previous values, but has
 * no getters for them, so they are never on the wire.
 */
export interface CommunityProfileOutboundEvent {
  /** Jackson discriminator: `CommunityProfileOutboundEvent`. */
  readonly class?: string;
  /** Version of the event bean (1). */
  readonly eventVersionId?: number;
  /** What happened; `UNKNOWN_EVENT` when the server sent a type this client does not know, or none. */
  readonly eventType: CommunityProfileOutboundEventType;
  /** The element that changed (Egeria's spelling: `principle`). */
  readonly principleElement?: EventElementStub;
  /** The classification added, changed or removed, for classification events. */
  readonly classificationName?: string;
  /** For relationship events, the element at end one. */
  readonly endOneElement?: EventElementStub;
  /** For relationship events, the element at end two. */
  readonly endTwoElement?: EventElementStub;
  /** For karma point events, the user id of the person. */
  readonly userId?: string;
  /** For karma point events, whether the person's profile is public. */
  readonly isPublic?: boolean;
  /** For karma point events, the person's karma points. */
  readonly pointsTotal?: number;
  /** For karma point events, the plateau passed. */
  readonly plateau?: number;
}

const ELEMENT_CHANGE_FIELDS = {
  eventVersionId: 'long',
  eventType: 'eventType',
  eventTime: 'date',
  elementHeader: 'elementHeader',
  elementProperties: 'propertyMap',
  previousElementHeader: 'elementHeader',
  previousElementProperties: 'propertyMap',
  classificationName: 'string',
  previousClassificationProperties: 'propertyMap',
} as const;

/** Parses Data Manager OMAS out-topic events. */
export const dataManagerEventParser: OutTopicEventParser<DataManagerOutboundEvent> =
  createOutTopicEventParser<DataManagerOutboundEvent>({
    eventName: 'DataManagerOutboundEvent',
    className: 'DataManagerOutboundEvent',
    fields: {
      class: 'class',
      eventVersionId: 'long',
      eventType: 'eventType',
      principleElement: 'elementStub',
      classificationName: 'string',
      endOneElement: 'elementStub',
      endTwoElement: 'elementStub',
    },
  });

/** Parses Asset Manager OMAS out-topic events. */
export const assetManagerEventParser: OutTopicEventParser<AssetManagerOutTopicEvent> =
  createOutTopicEventParser<AssetManagerOutTopicEvent>({
    eventName: 'AssetManagerOutTopicEvent',
    fields: {
      ...ELEMENT_CHANGE_FIELDS,
      endOneElementHeader: 'elementHeader',
      endOneElementProperties: 'propertyMap',
      endTwoElementHeader: 'elementHeader',
      endTwoElementProperties: 'propertyMap',
    },
  });

/** Parses Security Manager OMAS out-topic events. */
export const securityManagerEventParser: OutTopicEventParser<SecurityManagerOutTopicEvent> =
  createOutTopicEventParser<SecurityManagerOutTopicEvent>({
    eventName: 'SecurityManagerOutTopicEvent',
    fields: ELEMENT_CHANGE_FIELDS,
  });

/** Parses IT Infrastructure OMAS out-topic events. */
export const itInfrastructureEventParser: OutTopicEventParser<ITInfrastructureOutTopicEvent> =
  createOutTopicEventParser<ITInfrastructureOutTopicEvent>({
    eventName: 'ITInfrastructureOutTopicEvent',
    fields: ELEMENT_CHANGE_FIELDS,
  });

/** Parses Asset Consumer OMAS out-topic events. */
export const assetConsumerEventParser: OutTopicEventParser<AssetConsumerOutTopicEvent> =
  createOutTopicEventParser<AssetConsumerOutTopicEvent>({
    eventName: 'AssetConsumerOutTopicEvent',
    fields: ELEMENT_CHANGE_FIELDS,
  });

/** Parses Community Profile OMAS out-topic events. */
export const communityProfileEventParser: OutTopicEventParser<CommunityProfileOutboundEvent> =
  createOutTopicEventParser<CommunityProfileOutboundEvent>({
    eventName: 'CommunityProfileOutboundEvent',
    className: 'CommunityProfileOutboundEvent',
    fields: {
      class: 'class',
      eventVersionId: 'long',
      eventType: 'eventType',
      principleElement: 'elementStub',
      classificationName: 'string',
      endOneElement: 'elementStub',
      endTwoElement: 'elementStub',
      userId: 'string',
      isPublic: 'boolean',
      pointsTotal: 'long',
      plateau: 'long',
    },
    extraEventTypes: { KARMA_POINT_PLATEAU_EVENT: 50 },
  });

/** The out-topic event of each partner access service, by its URL marker. */
export interface OutTopicEventsByService {
  /** Data Manager OMAS (API, database, display, files and topic integrators). */
  readonly 'data-manager': DataManagerOutboundEvent;
  /** Asset Manager OMAS (catalog and lineage integrators). */
  readonly 'asset-manager': AssetManagerOutTopicEvent;
  /** Community Profile OMAS (organization integrator). */
  readonly 'community-profile': CommunityProfileOutboundEvent;
  /** Security Manager OMAS (security integrator). */
  readonly 'security-manager': SecurityManagerOutTopicEvent;
  /** IT Infrastructure OMAS (infrastructure integrator). */
  readonly 'it-infrastructure': ITInfrastructureOutTopicEvent;
  /** Asset Consumer OMAS (search integrator). */
  readonly 'asset-consumer': AssetConsumerOutTopicEvent;
}

/**
 * The event parser of each partner access service, by its URL marker. (The Data Science OMAS,
 * partner of the analytics integrator, has no out topic in Egeria 5.2.)
 */
export const OUT_TOPIC_EVENT_PARSERS: {
  readonly [M in keyof OutTopicEventsByService]: OutTopicEventParser<OutTopicEventsByService[M]>;
} = Object.freeze({
  'data-manager': dataManagerEventParser,
  'asset-manager': assetManagerEventParser,
  'community-profile': communityProfileEventParser,
  'security-manager': securityManagerEventParser,
  'it-infrastructure': itInfrastructureEventParser,
  'asset-consumer': assetConsumerEventParser,
});
