/**
 * Out-topic events from Egeria over Kafka (kafkajs).
 * @packageDocumentation
 */

/** The version of this package. */
export const VERSION = '0.1.0';
