import type { Connection } from '@egeria-ts/core';
import { guidsOf, scriptedConnector, useIntegratorTestbed } from '@egeria-ts/testing';
import { TopicIntegratorConnector, topicIntegratorService } from '@egeria-ts/topic-integrator';

const CONNECTION: Connection = {
  class: 'Connection',
  qualifiedName: 'owned-and-paged-connector',
  connectorType: { class: 'ConnectorType', connectorProviderClassName: 'test:ScriptedTopicConnector' },
};

const ScriptedTopicConnector = scriptedConnector(TopicIntegratorConnector);

const testbed = useIntegratorTestbed(topicIntegratorService, {
  serverName: 'mds1',
  heartbeatMs: 60_000,
  userId: 'topicUser',
  connectorNamePrefix: 'owned-and-paged',
  connection: CONNECTION,
});

/** The `startFrom`/`pageSize` of the proxied GET requests whose path ends with the suffix. */
function pagesAsked(suffix: string): string[] {
  return testbed.proxy.requestsMatching({ method: 'GET', path: new RegExp(`${suffix}$`) }).map((r) => {
    const query = new URLSearchParams(r.query);
    return `${query.get('startFrom')}/${query.get('pageSize')}`;
  });
}

describe('OmasIntegrationContext.isOwnedByMetadataSource and readAllPages against the emulator', () => {
  it('reads every page of a list with maxPageSize, and tells whose elements are whose', async () => {
    const broker = new ScriptedTopicConnector();
    const { context } = await testbed.start(broker, {
      metadataSourceQualifiedName: 'kafka:owned',
      settings: { maxPageSize: 2 },
    });
    const other = new ScriptedTopicConnector();
    const { context: otherContext } = await testbed.start(other, { metadataSourceQualifiedName: 'kafka:other' });

    const mine: string[] = [];
    let cohort = '';
    let theirs = '';
    await broker.refreshWith(async (ctx) => {
      for (const n of [1, 2, 3, 4, 5])
        mine.push(await ctx.createTopic({ topicProperties: { qualifiedName: `kafka:owned:t${n}` } }));
      ctx.setEventBrokerIsHome(false);
      cohort = await ctx.createTopic({ topicProperties: { qualifiedName: 'kafka:owned:cohort' } });
    });
    await other.refreshWith(async (ctx) => {
      theirs = await ctx.createTopic({ topicProperties: { qualifiedName: 'kafka:other:t' } });
    });

    testbed.proxy.clearRequests();
    const all = await context.readAllPages((page) => context.getMyTopics(page));
    expect(guidsOf(all).sort()).toEqual([...mine, cohort].sort());
    // 6 topics, pages of 2: the fourth page is empty.
    expect(pagesAsked('/topics')).toEqual(['0/2', '2/2', '4/2', '6/2']);

    const header = async (guid: string) => (await context.getTopicByGUID({ guid }))?.elementHeader;
    for (const guid of mine) expect(context.isOwnedByMetadataSource(await header(guid))).toBe(true);
    expect(context.isOwnedByMetadataSource(await header(cohort))).toBe(false);
    expect(context.isOwnedByMetadataSource(await header(theirs))).toBe(false);
    expect(otherContext.isOwnedByMetadataSource(await header(theirs))).toBe(true);
    expect(context.isOwnedByMetadataSource(undefined)).toBe(false);
    expect(context.isOwnedByMetadataSource({})).toBe(false);

    // Without a metadata source: owned unless an external source owns it.
    const { context: local } = await testbed.start(new ScriptedTopicConnector());
    expect(local.getEventBrokerGUID()).toBeUndefined();
    expect(local.isOwnedByMetadataSource(await header(cohort))).toBe(true);
    expect(local.isOwnedByMetadataSource(await header(mine[0]))).toBe(false);
    expect(local.isOwnedByMetadataSource(await header(theirs))).toBe(false);
    expect(local.isOwnedByMetadataSource(undefined)).toBe(true);
    expect(local.isOwnedByMetadataSource(null)).toBe(true);
  });
});
