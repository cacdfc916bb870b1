/**
 * Structural checks of every operation table of the typed clients, and of every typed method: each
 * sends its own row, fills every `{placeholder}` of the path from its options, passes the query
 * values it is given, builds the request bean, and refuses a missing path value before sending.
 */
import { InvalidParameterException } from '@egeria-ts/core';
import * as omasClient from '@egeria-ts/omas-client';
import type { OperationDefinition } from '@egeria-ts/omas-client';
import { CLIENTS, RecordingInvoker, type AnyClient } from './tables-support';

const PLACEHOLDER = /\{([^{}]+)\}/g;
const CREATE_NAMES = /^(create|add|setup|setUp|link|attach|register)/;
const PAGING_NAMES = [
  ['startFrom', 'pageSize'],
  ['startingFrom', 'maximumResults'],
];

function placeholders(operation: OperationDefinition): string[] {
  return [...operation.path.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Options for a call: a distinct value for each path placeholder and query parameter, plus a bean field. */
function optionsFor(operation: OperationDefinition): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const name of placeholders(operation)) options[name] = `path-${name}`;
  for (const name of Object.keys(operation.query ?? {})) {
    if (operation.paging && (name === operation.paging.startFrom || name === operation.paging.pageSize)) continue;
    options[name] = name === 'isMergeUpdate' ? true : `query-${name}`;
  }
  if (operation.requestBody !== undefined) options['displayName'] = `field-of-${operation.name}`;
  return options;
}

const rows = CLIENTS.flatMap(({ table, service, create }) =>
  Object.entries(service.operations).map(([key, operation]) => ({ table, key, operation, create })),
);

describe('operation tables', () => {
  it('cover every exported table (but the database one, tested with its own client) and have rows', () => {
    const exported = Object.keys(omasClient)
      .filter((name) => name.endsWith('_SERVICE') && name !== 'DATA_MANAGER_DATABASE_SERVICE')
      .sort();
    expect(CLIENTS.map((c) => c.table).sort()).toEqual(exported);
    for (const { table, service } of CLIENTS) {
      expect([table, service]).toEqual([table, (omasClient as Record<string, unknown>)[table]]);
    }
    expect(rows.length).toBeGreaterThan(500);
  });

  it('name each row after its key and give it a well-formed path', () => {
    for (const { table, key, operation } of rows) {
      const where = `${table}.${key}`;
      expect([where, operation.name]).toEqual([where, key]);
      expect([where, operation.path]).toEqual([where, expect.stringMatching(/^\/[^?#\s]*$/)]);
      expect([where, operation.path.includes('//') || operation.path.endsWith('/')]).toEqual([where, false]);
      const names = placeholders(operation);
      expect([where, new Set(names).size]).toEqual([where, names.length]);
      for (const name of names) expect([where, name]).toEqual([where, expect.stringMatching(/^[A-Za-z]+$/)]);
    }
  });

  it('send no body with a GET and name the request bean of every POST', () => {
    for (const { table, key, operation } of rows) {
      const where = `${table}.${key}`;
      if (operation.method === 'GET') expect([where, operation.requestBody]).toEqual([where, undefined]);
      else expect([where, operation.requestBody]).toEqual([where, expect.stringMatching(/^[A-Z]\w+$/)]);
    }
  });

  it('give every paged list its paging names, present as query parameters with a default of 0', () => {
    for (const { table, key, operation } of rows) {
      const where = `${table}.${key}`;
      const query = operation.query ?? {};
      const pagingPair = PAGING_NAMES.find(([start, size]) => start in query && size in query);
      if (operation.response.list && pagingPair) {
        expect([where, operation.paging]).toEqual([where, { startFrom: pagingPair[0], pageSize: pagingPair[1] }]);
      }
      if (operation.paging) {
        expect([where, operation.response.list]).toEqual([where, true]);
        expect([where, query[operation.paging.startFrom]?.default]).toEqual([where, 0]);
        expect([where, query[operation.paging.pageSize]?.default]).toEqual([where, 0]);
      }
    }
  });

  it('mark creates (and only POSTs) as creates', () => {
    let creates = 0;
    for (const { table, key, operation } of rows) {
      const where = `${table}.${key}`;
      if (CREATE_NAMES.test(key)) expect([where, operation.creates]).toEqual([where, true]);
      if (operation.creates) {
        creates++;
        expect([where, operation.method]).toEqual([where, 'POST']);
      }
    }
    expect(creates).toBeGreaterThan(100);
  });

  it('name a response field for every response but VoidResponse', () => {
    for (const { table, key, operation } of rows) {
      const where = `${table}.${key}`;
      if (operation.response.bean === 'VoidResponse')
        expect([where, operation.response.field]).toEqual([where, undefined]);
      else expect([where, operation.response.field]).toEqual([where, expect.stringMatching(/^[a-z]\w*$/)]);
    }
  });
});

describe('typed client methods', () => {
  it.each(rows.map((r) => [`${r.table}.${r.key}`, r] as const))(
    '%s sends its row with every value',
    async (_where, row) => {
      const { key, operation, create } = row;
      const invoker = new RecordingInvoker();
      const client = create(invoker) as AnyClient;
      expect(typeof client[key]).toBe('function');
      const options = optionsFor(operation);
      const controller = new AbortController();
      await client[key]({ ...options, signal: controller.signal, timeoutMs: 1234 });
      const call = invoker.only();
      expect(call.kind).toBe('invoke');
      expect(call.operation).toBe(operation);
      expect(call.request.signal).toBe(controller.signal);
      expect(call.request.timeoutMs).toBe(1234);
      const expectedPath: Record<string, string> = {};
      for (const name of placeholders(operation)) expectedPath[name] = `path-${name}`;
      expect(call.request.path).toEqual(expectedPath);
      for (const name of Object.keys(operation.query ?? {})) {
        if (operation.paging && (name === operation.paging.startFrom || name === operation.paging.pageSize)) {
          expect(call.request.query?.[name]).toBe(0);
        } else {
          expect(call.request.query?.[name]).toBe(options[name]);
        }
      }
      if (operation.requestBody === undefined) {
        expect(call.request.body).toBeUndefined();
      } else {
        const body = call.request.body as Record<string, unknown>;
        expect(body['class']).toBe(operation.requestBody);
        expect(body['displayName']).toBe(`field-of-${key}`);
        for (const name of [...placeholders(operation), ...Object.keys(operation.query ?? {})]) {
          if (!(name in body)) continue;
          // A bean field named like a path value (parentGUID, typeName...) carries the same value.
          expect(body[name]).toBe(options[name]);
        }
        expect(body).not.toHaveProperty('signal');
        expect(body).not.toHaveProperty('timeoutMs');
      }
    },
  );

  it.each(rows.filter((r) => r.operation.paging).map((r) => [`${r.table}.${r.key}Iterator`, r] as const))(
    '%s pages through the same row',
    async (_where, row) => {
      const { key, operation, create } = row;
      const invoker = new RecordingInvoker();
      const client = create(invoker) as AnyClient;
      const iterator = client[`${key}Iterator`]({
        ...optionsFor(operation),
        startFrom: 5,
        pageSize: 7,
      }) as AsyncIterable<string>;
      const seen: string[] = [];
      for await (const element of iterator) seen.push(element);
      expect(seen).toEqual(['first', 'second']);
      const call = invoker.only();
      expect(call.kind).toBe('iterate');
      expect(call.operation).toBe(operation);
      expect(call.page).toEqual({ startFrom: 5, pageSize: 7 });
    },
  );

  it.each(rows.filter((r) => placeholders(r.operation).length > 0).map((r) => [`${r.table}.${r.key}`, r] as const))(
    '%s refuses a blank path value before sending',
    async (_where, row) => {
      const { key, operation, create } = row;
      const invoker = new RecordingInvoker();
      const client = create(invoker) as AnyClient;
      const missing = placeholders(operation)[0];
      const options = { ...optionsFor(operation), [missing]: '  ' };
      let caught: unknown;
      try {
        await client[key](options);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidParameterException);
      expect((caught as InvalidParameterException).parameterName).toBe(missing);
      expect((caught as InvalidParameterException).messageId).toBe('EGERIA-TS-OMAS-CLIENT-400-101');
      expect(invoker.calls).toHaveLength(0);
    },
  );
});
