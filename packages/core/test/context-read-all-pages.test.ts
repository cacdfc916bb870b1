import {
  IntegrationContext,
  InvalidParameterException,
  PropertyServerException,
  UserNotAuthorizedException,
} from '@egeria-ts/core';
import { contextOptions } from './connector-test-support';

/** A paged list of `total` numbers, recording the pages asked for. */
function pagedList(total: number): {
  readonly asked: Array<{ startFrom: number; pageSize: number }>;
  fetch(page: { readonly startFrom: number; readonly pageSize: number }): Promise<number[]>;
} {
  const all = Array.from({ length: total }, (_, i) => i);
  const asked: Array<{ startFrom: number; pageSize: number }> = [];
  return {
    asked,
    async fetch(page) {
      asked.push({ ...page });
      return all.slice(page.startFrom, page.startFrom + page.pageSize);
    },
  };
}

describe('IntegrationContext.readAllPages', () => {
  it('reads page after page of maxPageSize until a short page', async () => {
    const context = new IntegrationContext(contextOptions({ maxPageSize: 3 }));
    const list = pagedList(7);
    expect(await context.readAllPages((page) => list.fetch(page))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(list.asked).toEqual([
      { startFrom: 0, pageSize: 3 },
      { startFrom: 3, pageSize: 3 },
      { startFrom: 6, pageSize: 3 },
    ]);
  });

  it('asks once more after a full last page, and stops at the empty one', async () => {
    const context = new IntegrationContext(contextOptions({ maxPageSize: 3 }));
    const list = pagedList(6);
    expect(await context.readAllPages((page) => list.fetch(page))).toHaveLength(6);
    expect(list.asked.map((p) => p.startFrom)).toEqual([0, 3, 6]);
    expect(await context.readAllPages(async () => undefined)).toEqual([]);
  });

  it('refuses a fetch that is not a function, and stops once the context is disconnected', async () => {
    const context = new IntegrationContext(contextOptions({ maxPageSize: 2 }));
    const notAFunction = 'getMyTopics' as unknown as () => Promise<number[]>;
    await expect(context.readAllPages(notAFunction)).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(context.readAllPages(notAFunction)).rejects.toMatchObject({ parameterName: 'fetch' });
    const list = pagedList(10);
    const read = context.readAllPages(async (page) => {
      const elements = await list.fetch(page);
      if (page.startFrom === 2) await context.disconnect();
      return elements;
    });
    await expect(read).rejects.toBeInstanceOf(UserNotAuthorizedException);
    expect(list.asked).toHaveLength(2);
  });

  it('stops with an error when a fetch ignores its page and keeps returning the same full page', async () => {
    const context = new IntegrationContext(contextOptions({ maxPageSize: 2 }));
    const asked: number[] = [];
    // New objects with the same content each time, as a list call read again from a server returns.
    const read = context.readAllPages(async (page) => {
      asked.push(page.startFrom);
      return [{ guid: 'a' }, { guid: 'b' }];
    });
    const error = await read.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PropertyServerException);
    expect(error).toMatchObject({ messageId: 'EGERIA-TS-CONTEXT-500-007' });
    expect((error as Error).message).toContain('startFrom 2');
    expect(asked).toEqual([0, 2]);
  });

  it('goes on through full pages that differ, and through pages that repeat but not one after the other', async () => {
    const context = new IntegrationContext(contextOptions({ maxPageSize: 2 }));
    const pages = [['x', 'y'], ['y', 'x'], ['x', 'y'], ['z']];
    const read = await context.readAllPages(async (page) => pages[page.startFrom / 2]);
    expect(read).toEqual(['x', 'y', 'y', 'x', 'x', 'y', 'z']);
  });
});
