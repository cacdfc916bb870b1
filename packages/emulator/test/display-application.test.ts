/**
 * Data Manager display operations (forms, reports, queries, data containers, data fields as
 * schema attributes), with requests shaped as Egeria 5.2's DisplayApplicationClient sends them,
 * against a real emulator over HTTP.
 */
import { TestEmulator, enc, expectFFDC } from './support/harness';
import { externalSourceBody, nameBody, searchStringBody, templateBody } from './support/java-shapes';

type Source = { guid: string; name: string };

let em: TestEmulator;
let dm: string;
let app: Source;

/** `DisplayApplicationClient`'s flat request beans: the properties bean's fields, its `class`, the metadata source. */
function flatBody(bean: string, source: Source | undefined, properties: Record<string, unknown>) {
  return { class: bean, ...properties, ...externalSourceBody(source) };
}

/** The primitives `DataContainerProperties` and `DataFieldProperties` always write. */
const ATTRIBUTE_PRIMITIVES = {
  elementPosition: 0,
  minCardinality: 0,
  maxCardinality: 0,
  allowsDuplicateValues: false,
  orderedValues: false,
  minimumLength: 0,
  length: 0,
  precision: 0,
  significantDigits: 0,
  isNullable: true,
  isDeprecated: false,
};

async function guidOf(url: string, body: unknown): Promise<string> {
  return (await em.ok(url, body))['guid'] as string;
}

async function guids(url: string, body?: unknown): Promise<string[]> {
  const answer = await em.ok(url, body, body === undefined ? 'GET' : 'POST');
  const elements = (answer['elements'] ?? []) as { elementHeader: { guid: string } }[];
  return elements.map((e) => e.elementHeader.guid);
}

async function element(url: string): Promise<Record<string, Record<string, unknown>>> {
  return (await em.ok(url, undefined, 'GET'))['element'] as Record<string, Record<string, unknown>>;
}

beforeAll(async () => {
  em = await TestEmulator.start();
  dm = em.dm('displayUser');
  const created = await em.ok(`${dm}/metadata-sources/applications`, {
    class: 'ApplicationRequestBody',
    qualifiedName: 'App::reporting',
  });
  app = { guid: created['guid'] as string, name: 'App::reporting' };
});

afterAll(async () => {
  await em.close();
});

describe('forms, reports and queries', () => {
  it.each([
    ['forms', 'FormRequestBody', 'by-template', 'Form', 'FormResponse', 'FormsResponse'],
    ['reports', 'ReportRequestBody', 'from-template', 'DeployedReport', 'ReportResponse', 'ReportsResponse'],
    ['queries', 'QueryRequestBody', 'from-template', 'InformationView', 'QueryResponse', 'QueriesResponse'],
  ])(
    'serves %s: create, copy, list for the application, find, publish, update and remove',
    async (base, bean, templatePath, typeName, single, list) => {
      const guid = await guidOf(
        `${dm}/${base}?applicationIsHome=true`,
        flatBody(bean, app, { qualifiedName: `App::${base}.one`, name: `${base}-one` }),
      );
      const read = await em.ok(`${dm}/${base}/${enc(guid)}`, undefined, 'GET');
      expect(read['class']).toBe(single);
      const one = read['element'] as Record<string, Record<string, unknown>>;
      expect(one['properties']).toMatchObject({ qualifiedName: `App::${base}.one`, name: `${base}-one` });
      expect(one['elementHeader']).toMatchObject({
        type: expect.objectContaining({ typeName }),
        origin: expect.objectContaining({ originCategory: 'EXTERNAL_SOURCE', homeMetadataCollectionId: app.guid }),
      });

      const copy = await guidOf(
        `${dm}/${base}/${templatePath}/${enc(guid)}?applicationIsHome=true`,
        templateBody(app, `App::${base}.two`, { displayName: `${base}-two` }),
      );
      expect((await element(`${dm}/${base}/${enc(copy)}`))['properties']).toMatchObject({ name: `${base}-two` });

      const listed = await em.ok(
        `${dm}/${base}/applications/${enc(app.guid)}/${enc(app.name)}?startFrom=0&pageSize=10`,
        undefined,
        'GET',
      );
      expect(listed['class']).toBe(list);
      expect((listed['elements'] as { elementHeader: { guid: string } }[]).map((e) => e.elementHeader.guid)).toEqual([
        guid,
        copy,
      ]);
      expect(
        await guids(`${dm}/${base}/by-search-string?startFrom=0&pageSize=10`, searchStringBody(`App::${base}\\.t.*`)),
      ).toEqual([copy]);
      expect(await guids(`${dm}/${base}/by-name?startFrom=0&pageSize=10`, nameBody(`${base}-one`))).toEqual([guid]);

      await em.ok(`${dm}/${base}/${enc(guid)}/publish`);
      const classifications = (
        (await element(`${dm}/${base}/${enc(guid)}`))['elementHeader']['classifications'] as {
          classificationName: string;
        }[]
      ).map((c) => c.classificationName);
      expect(classifications).toContain('AssetZoneMembership');
      await em.ok(`${dm}/${base}/${enc(guid)}/withdraw`);

      // Replace: only what is sent stays.
      await em.ok(
        `${dm}/${base}/${enc(guid)}?isMergeUpdate=false`,
        flatBody(bean, app, { qualifiedName: `App::${base}.one`, resourceDescription: 'replaced' }),
      );
      const replaced = (await element(`${dm}/${base}/${enc(guid)}`))['properties'];
      expect(replaced['resourceDescription']).toBe('replaced');
      expect(replaced['name']).toBeUndefined();

      await em.ok(`${dm}/${base}/${enc(guid)}/${enc(`App::${base}.one`)}/delete`, externalSourceBody(app));
      await em.ok(`${dm}/${base}/${enc(copy)}/${enc(`App::${base}.two`)}/delete`, externalSourceBody(app));
      expect(
        await guids(`${dm}/${base}/applications/${enc(app.guid)}/${enc(app.name)}?startFrom=0&pageSize=10`),
      ).toEqual([]);
    },
  );

  it('keeps the report-only properties of a report', async () => {
    const report = await guidOf(
      `${dm}/reports?applicationIsHome=true`,
      flatBody('ReportRequestBody', app, {
        qualifiedName: 'App::report.sales',
        author: 'jo',
        url: 'https://reports/sales',
        createTime: 1_700_000_000_000,
      }),
    );
    expect((await element(`${dm}/reports/${enc(report)}`))['properties']).toMatchObject({
      class: 'ReportProperties',
      author: 'jo',
      url: 'https://reports/sales',
      createTime: '2023-11-14T22:13:20.000+00:00',
    });
  });
});

describe('data containers and data fields', () => {
  it('hangs containers off a form and fields off containers, and removes them with the form', async () => {
    const form = await guidOf(
      `${dm}/forms?applicationIsHome=true`,
      flatBody('FormRequestBody', app, { qualifiedName: 'App::form.customer' }),
    );
    const container = await guidOf(
      `${dm}/schemas/elements/${enc(form)}/data-containers?applicationIsHome=true`,
      flatBody('DataContainerRequestBody', app, {
        ...ATTRIBUTE_PRIMITIVES,
        qualifiedName: 'App::form.customer.address',
        displayName: 'address',
      }),
    );
    const copy = await guidOf(
      `${dm}/schemas/elements/${enc(form)}/data-containers/from-template/${enc(container)}?applicationIsHome=true`,
      templateBody(app, 'App::form.customer.billing', { displayName: 'billing' }),
    );
    expect(await guids(`${dm}/schemas/data-containers/by-parent-element/${enc(form)}?startFrom=0&pageSize=10`)).toEqual(
      [container, copy],
    );
    const read = await element(`${dm}/schemas/data-containers/${enc(container)}`);
    expect(read['properties']).toMatchObject({ class: 'DataContainerProperties', displayName: 'address' });
    expect(read['elementHeader']['type']).toMatchObject({ typeName: 'DisplayDataContainer' });
    expect(
      await guids(
        `${dm}/schemas/data-containers/by-search-string?startFrom=0&pageSize=10`,
        searchStringBody('.*billing'),
      ),
    ).toEqual([copy]);
    expect(await guids(`${dm}/schemas/data-containers/by-name?startFrom=0&pageSize=10`, nameBody('address'))).toEqual([
      container,
    ]);

    // DisplayApplicationClient.createDataField sends a schema attribute typed DisplayDataField.
    const street = await guidOf(
      `${dm}/schema-attributes/attached-to/${enc(container)}`,
      flatBody('SchemaAttributeRequestBody', app, {
        ...ATTRIBUTE_PRIMITIVES,
        qualifiedName: 'App::form.customer.address.street',
        displayName: 'street',
        typeName: 'DisplayDataField',
      }),
    );
    expect(await guids(`${dm}/schema-elements/${enc(container)}/nested-attributes?startFrom=0&pageSize=10`)).toEqual([
      street,
    ]);
    expect(
      await guids(`${dm}/schema-attributes/types/DisplayDataField/by-name?startFrom=0&pageSize=10`, nameBody('street')),
    ).toEqual([street]);

    await em.ok(
      `${dm}/schemas/data-containers/${enc(container)}?isMergeUpdate=true`,
      flatBody('DataContainerRequestBody', app, { description: 'where the customer lives' }),
    );
    expect((await element(`${dm}/schemas/data-containers/${enc(container)}`))['properties']).toMatchObject({
      displayName: 'address',
      description: 'where the customer lives',
    });

    await em.ok(`${dm}/schemas/data-containers/${enc(copy)}/delete`, externalSourceBody(app));
    expect(await guids(`${dm}/schemas/data-containers/by-parent-element/${enc(form)}?startFrom=0&pageSize=10`)).toEqual(
      [container],
    );

    await em.ok(`${dm}/forms/${enc(form)}/${enc('App::form.customer')}/delete`, externalSourceBody(app));
    expect((await em.get(`${dm}/schemas/data-containers/${enc(container)}`)).body['relatedHTTPCode']).toBe(404);
    expect((await em.get(`${dm}/schema-attributes/${enc(street)}`)).body['relatedHTTPCode']).toBe(404);
  });

  it('refuses a data container for something that is not an asset', async () => {
    const form = await guidOf(
      `${dm}/forms?applicationIsHome=true`,
      flatBody('FormRequestBody', app, { qualifiedName: 'App::form.orders' }),
    );
    const container = await guidOf(
      `${dm}/schemas/elements/${enc(form)}/data-containers?applicationIsHome=true`,
      flatBody('DataContainerRequestBody', app, { ...ATTRIBUTE_PRIMITIVES, qualifiedName: 'App::form.orders.lines' }),
    );
    expectFFDC(
      await em.post(
        `${dm}/schemas/elements/${enc(container)}/data-containers?applicationIsHome=true`,
        flatBody('DataContainerRequestBody', app, {
          ...ATTRIBUTE_PRIMITIVES,
          qualifiedName: 'App::form.orders.nested',
        }),
      ),
      {
        responseClass: 'GUIDResponse',
        exception: 'InvalidParameterException',
        httpCode: 404,
        messageId: 'OMAG-REPOSITORY-HANDLER-404-001',
        action: 'createDataContainer',
      },
    );
  });
});
