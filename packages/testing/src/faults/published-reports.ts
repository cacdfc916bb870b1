/**
 * The activity reports that integration contexts published through a fault proxy, read back from
 * the requests it recorded.
 */
import { IllegalStateError, InvalidParameterException } from '@egeria-ts/core';
import { TESTING_ERROR_CODE } from '../testing-messages';
import type { FaultProxy } from './fault-proxy';

/** The kinds of counts an activity report carries in its `additionalProperties`. */
export type ReportCountKind = 'createCounts' | 'updateCounts' | 'deleteCounts';

function checkGUID(elementGUID: unknown, fn: string): string {
  if (typeof elementGUID !== 'string' || elementGUID.trim() === '') {
    throw InvalidParameterException.fromDefinition(
      TESTING_ERROR_CODE.INVALID_OPTION,
      [
        'elementGUID',
        fn,
        `the GUID of the element the reports were published on is needed, got ${String(elementGUID)}`,
      ],
      { exceptionProperties: { parameterName: 'elementGUID' } },
    );
  }
  return elementGUID;
}

/**
 * The activity reports published on an element (normally the metadata source) that went through the
 * proxy: the JSON bodies of `POST .../elements/{elementGUID}/integration-reports`, oldest first.
 * @param proxy - the fault proxy the contexts send through
 * @param elementGUID - the element's GUID; an undefined or empty one is refused with an `InvalidParameterException`
 */
export function publishedReports(proxy: FaultProxy, elementGUID: string | undefined): Record<string, unknown>[] {
  const guid = checkGUID(elementGUID, 'publishedReports');
  return proxy
    .requestsMatching({ method: 'POST', path: `/elements/${guid}/integration-reports` })
    .map((request) => JSON.parse(request.body) as Record<string, unknown>);
}

/**
 * The last activity report published on an element that went through the proxy.
 * @param proxy - the fault proxy the contexts send through
 * @param elementGUID - the element's GUID; an undefined or empty one is refused with an `InvalidParameterException`
 * @throws an `IllegalStateError` when none was published
 */
export function lastPublishedReport(proxy: FaultProxy, elementGUID: string | undefined): Record<string, unknown> {
  const reports = publishedReports(proxy, elementGUID);
  const last = reports.at(-1);
  if (last === undefined) {
    throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.NO_REPORT, [String(elementGUID)]);
  }
  return last;
}

/**
 * The counts by type name of an activity report (`createCounts`, `updateCounts` or `deleteCounts`,
 * JSON text in its `additionalProperties`), parsed; undefined when the report has none of that kind.
 * @param report - a published report, such as {@link lastPublishedReport} returns
 * @param kind - which counts
 */
export function reportCounts(
  report: Record<string, unknown>,
  kind: ReportCountKind,
): Record<string, number> | undefined {
  const additional = report['additionalProperties'] as Record<string, string> | undefined;
  const text = additional?.[kind];
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, number>);
}
