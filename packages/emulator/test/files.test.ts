/**
 * Data Manager file systems, folders and data files, with requests shaped as Egeria 5.2's
 * FilesAndFoldersClient and MetadataSourceClient send them.
 */
import { TestEmulator, enc, expectFFDC } from './support/harness';
import { dataFileBody, dataFolderBody, externalSourceBody, pathNameBody } from './support/java-shapes';

type Source = { guid: string; name: string };
let em: TestEmulator;
let fs: string;
let dm: string;
let source: Source;

beforeAll(async () => {
  em = await TestEmulator.start();
  dm = em.dm('filesUser');
  fs = `${dm}/filesystems`;
  const created = await em.ok(`${dm}/metadata-sources/filesystems`, {
    class: 'FileSystemRequestBody',
    qualifiedName: 'FileSystem::landing',
    resourceName: 'landing',
    format: 'ext4',
    encryption: 'none',
  });
  source = { guid: created['guid'] as string, name: 'FileSystem::landing' };
});

afterAll(async () => {
  await TestEmulator.closeAll();
});

type Element = Record<string, Record<string, unknown>>;

test("file systems: by GUID (on Egeria's doubled /filesystems path), by name, listed", async () => {
  const byGUID = await em.ok(`${fs}/filesystems/${source.guid}`, undefined, 'GET');
  expect(byGUID['class']).toBe('FileSystemResponse');
  const element = byGUID['element'] as Element;
  expect(element['fileSystemProperties']).toEqual(
    expect.objectContaining({
      class: 'FileSystemProperties',
      qualifiedName: 'FileSystem::landing',
      format: 'ext4',
      encryption: 'none',
    }),
  );
  expect((element['elementHeader']['type'] as Record<string, unknown>)['typeName']).toBe('DataManager');
  const classifications = element['elementHeader']['classifications'] as Record<string, unknown>[];
  expect(classifications.map((c) => c['classificationName'])).toEqual(['FileSystem']);
  const byName = await em.ok(`${fs}/filesystems/by-name/${enc('FileSystem::landing')}`, undefined, 'GET');
  expect((byName['element'] as Element)['elementHeader']['guid']).toBe(source.guid);
  const unknownName = await em.ok(`${fs}/filesystems/by-name/nothing`, undefined, 'GET');
  expect(unknownName['element']).toBeUndefined();
  const listed = await em.ok(`${fs}/filesystems?startFrom=0&pageSize=10`, undefined, 'GET');
  expect(listed['guids']).toEqual([source.guid]);
});

test('a data file creates the folders along its path; folders and files are found again', async () => {
  const answer = await em.ok(
    `${fs}/data-files`,
    dataFileBody(source, {
      pathName: '/data/landing/orders.csv',
      name: 'orders.csv',
      encodingType: 'UTF-8',
      modifiedTime: 1714557600000,
    }),
  );
  expect(answer['class']).toBe('GUIDListResponse');
  const guids = answer['guids'] as string[];
  expect(guids).toHaveLength(3);
  const [dataFolder, landingFolder, file] = guids;

  const folder = (await em.ok(`${fs}/folders/${landingFolder}`, undefined, 'GET'))['element'] as Element;
  expect(folder['fileFolderProperties']).toEqual(
    expect.objectContaining({
      class: 'FileFolderProperties',
      qualifiedName: 'FileFolder:/data/landing',
      pathName: '/data/landing',
      name: 'data/landing',
    }),
  );
  const byPath = await em.ok(`${fs}/folders/by-path-name`, pathNameBody(undefined, '/data'));
  expect((byPath['element'] as Element)['elementHeader']['guid']).toBe(dataFolder);
  const nested = await em.ok(`${fs}/folders/${dataFolder}/folders?startFrom=0&pageSize=10`, undefined, 'GET');
  expect(nested['guids']).toEqual([landingFolder]);

  const dataFile = await em.ok(`${fs}/data-files/${file}`, undefined, 'GET');
  expect(dataFile['class']).toBe('DataFileResponse');
  const fileElement = dataFile['dataFile'] as Element;
  expect((fileElement['elementHeader']['type'] as Record<string, unknown>)['typeName']).toBe('CSVFile');
  expect(fileElement['properties']).toEqual(
    expect.objectContaining({
      class: 'DataFileProperties',
      qualifiedName: 'CSVFile:/data/landing/orders.csv',
      pathName: '/data/landing/orders.csv',
      fileName: 'orders.csv',
      fileExtension: 'csv',
      modifiedTime: '2024-05-01T10:00:00.000+00:00',
    }),
  );
  const inFolder = await em.ok(`${fs}/folders/${landingFolder}/data-files?startFrom=0&pageSize=10`, undefined, 'GET');
  expect((inFolder['elements'] as Element[])[0]['elementHeader']['guid']).toBe(file);
  const byPathName = await em.ok(`${fs}/data-files/by-path-name`, pathNameBody(undefined, '/data/landing/orders.csv'));
  expect((byPathName['dataFile'] as Element)['elementHeader']['guid']).toBe(file);
  const searched = await em.ok(
    `${fs}/data-files/by-search-path-name?startFrom=0&pageSize=10`,
    pathNameBody(undefined, '/data/.*\\.csv'),
  );
  expect((searched['elements'] as unknown[]).length).toBe(1);
  const byName = await em.ok(
    `${fs}/data-files/by-search-name?startFrom=0&pageSize=10`,
    pathNameBody(undefined, 'CSVFile:/data/landing/orders.csv'),
  );
  expect((byName['elements'] as unknown[]).length).toBe(1);

  // A second file in the same folder reuses the folders.
  const second = await em.ok(`${fs}/data-files`, dataFileBody(source, { pathName: '/data/landing/customers.json' }));
  expect((second['guids'] as string[]).slice(0, 2)).toEqual([dataFolder, landingFolder]);
});

test('a scheme prefix names a file system, created when unknown', async () => {
  const answer = await em.ok(`${fs}/data-files`, dataFileBody(source, { pathName: 'file://host/share/report.txt' }));
  const guids = answer['guids'] as string[];
  const fileSystem = await em.ok(`${fs}/filesystems/by-name/${enc('file://')}`, undefined, 'GET');
  expect((fileSystem['element'] as Element)['elementHeader']['guid']).toBe(guids[0]);
  const top = await em.ok(`${fs}/${guids[0]}/folders?startFrom=0&pageSize=10`, undefined, 'GET');
  expect(top['guids']).toEqual([guids[1]]);
});

test('update needs isMergeUpdate (Spring 400 without it); merge and replace', async () => {
  const [file] = (
    (await em.ok(`${fs}/data-files`, dataFileBody(source, { pathName: '/upd/a.txt', name: 'a' })))['guids'] as string[]
  ).slice(-1);
  const missing = await em.post(`${fs}/data-files/${file}`, dataFileBody(source, { name: 'b' }));
  expect(missing.status).toBe(400);
  await em.ok(`${fs}/data-files/${file}?isMergeUpdate=true`, dataFileBody(source, { resourceDescription: 'merged' }));
  let props = ((await em.ok(`${fs}/data-files/${file}`, undefined, 'GET'))['dataFile'] as Element)['properties'];
  expect(props).toEqual(expect.objectContaining({ name: 'a', resourceDescription: 'merged', pathName: '/upd/a.txt' }));
  await em.ok(`${fs}/data-files/${file}?isMergeUpdate=false`, dataFileBody(source, { name: 'replaced' }));
  props = ((await em.ok(`${fs}/data-files/${file}`, undefined, 'GET'))['dataFile'] as Element)['properties'];
  expect(props['name']).toBe('replaced');
  expect(props['resourceDescription']).toBeUndefined();
  expect(props['qualifiedName']).toBe('DataFile:/upd/a.txt');
});

test('archive hides a file from lists; delete removes it; provenance applies', async () => {
  const guids = (await em.ok(`${fs}/data-files`, dataFileBody(source, { pathName: '/arch/x.txt' })))[
    'guids'
  ] as string[];
  const [folder, file] = guids;
  await em.ok(`${fs}/data-files/${file}/archive`, { ...externalSourceBody(source), archiveProcess: 'test' });
  const files = await em.ok(`${fs}/folders/${folder}/data-files?startFrom=0&pageSize=10`, undefined, 'GET');
  expect(files['elements']).toBeUndefined();

  const second = (
    (await em.ok(`${fs}/data-files`, dataFileBody(source, { pathName: '/arch/y.txt' })))['guids'] as string[]
  ).slice(-1)[0];
  const stolen = await em.post(`${fs}/data-files/${second}/delete`, pathNameBody(undefined, '/arch/y.txt'));
  expectFFDC(stolen, {
    responseClass: 'VoidResponse',
    exception: 'UserNotAuthorizedException',
    httpCode: 400,
    messageId: 'OMAG-REPOSITORY-HANDLER-400-008',
    action: 'deleteDataFileInCatalog',
  });
  await em.ok(`${fs}/data-files/${second}/delete`, pathNameBody(source, '/arch/y.txt'));
  expect((await em.get(`${fs}/data-files/${second}`)).body['exceptionErrorMessageId']).toBe(
    'OMAG-REPOSITORY-HANDLER-404-007',
  );
});

test('folders: add, nested structure, attach and detach to a file system, move files and folders', async () => {
  const created = (await em.ok(`${fs}/data-folders`, dataFolderBody(source, { pathName: '/tree/a/b' })))[
    'guids'
  ] as string[];
  expect(created).toHaveLength(3);
  const [tree, a, b] = created;
  const structure = await em.ok(`${fs}/folders/parent/${source.guid}`, pathNameBody(source, '/other/c'));
  const [other, c] = structure['guids'] as string[];
  const top = await em.ok(`${fs}/${source.guid}/folders?startFrom=0&pageSize=10`, undefined, 'GET');
  expect(top['guids']).toEqual([other]);
  await em.ok(`${fs}/${source.guid}/folders/${tree}/attach`, externalSourceBody(source));
  expect((await em.ok(`${fs}/${source.guid}/folders?startFrom=0&pageSize=10`, undefined, 'GET'))['guids']).toEqual([
    other,
    tree,
  ]);
  await em.ok(`${fs}/${source.guid}/folders/${tree}/detach`, externalSourceBody(source));
  expect((await em.ok(`${fs}/${source.guid}/folders?startFrom=0&pageSize=10`, undefined, 'GET'))['guids']).toEqual([
    other,
  ]);

  await em.ok(`${fs}/folders/${c}/data-folders/${b}/move-to`, externalSourceBody(source));
  expect((await em.ok(`${fs}/folders/${c}/folders?startFrom=0&pageSize=10`, undefined, 'GET'))['guids']).toEqual([b]);
  expect(
    (await em.ok(`${fs}/folders/${a}/folders?startFrom=0&pageSize=10`, undefined, 'GET'))['guids'],
  ).toBeUndefined();

  const file = (
    (await em.ok(`${fs}/data-files`, dataFileBody(source, { pathName: '/tree/a/f.txt' })))['guids'] as string[]
  ).slice(-1)[0];
  await em.ok(`${fs}/folders/${b}/data-files/${file}/move-to`, externalSourceBody(source));
  expect(
    (await em.ok(`${fs}/folders/${a}/data-files?startFrom=0&pageSize=10`, undefined, 'GET'))['elements'],
  ).toBeUndefined();
  await em.ok(`${fs}/folders/${b}/data-files/${file}/detach`, externalSourceBody(source));
  expect(
    (await em.ok(`${fs}/folders/${b}/data-files?startFrom=0&pageSize=10`, undefined, 'GET'))['elements'],
  ).toBeUndefined();
  await em.ok(`${fs}/folders/${a}/data-files/${file}/attach`, externalSourceBody(source));
  expect(
    ((await em.ok(`${fs}/folders/${a}/data-files?startFrom=0&pageSize=10`, undefined, 'GET'))['elements'] as unknown[])
      .length,
  ).toBe(1);

  await em.ok(
    `${fs}/data-folders/${a}?isMergeUpdate=true`,
    dataFolderBody(source, { resourceDescription: 'folder a' }),
  );
  const folder = (await em.ok(`${fs}/folders/${a}`, undefined, 'GET'))['element'] as Element;
  expect(folder['fileFolderProperties']['resourceDescription']).toBe('folder a');
  await em.ok(`${fs}/data-folders/${a}/delete`, pathNameBody(source, '/tree/a'));
  expect((await em.get(`${fs}/folders/${a}`)).body['relatedHTTPCode']).toBe(404);
});

test('from templates, files and folders', async () => {
  const file = (
    (await em.ok(`${fs}/data-files`, dataFileBody(source, { pathName: '/tpl/t.csv', encodingType: 'UTF-8' })))[
      'guids'
    ] as string[]
  ).slice(-1)[0];
  const copy = await em.ok(`${fs}/data-files/from-template/${file}`, {
    ...externalSourceBody(source),
    pathName: '/tpl/copy.csv',
    displayName: 'copy',
  });
  const copyGUID = (copy['guids'] as string[]).slice(-1)[0];
  const props = ((await em.ok(`${fs}/data-files/${copyGUID}`, undefined, 'GET'))['dataFile'] as Element)['properties'];
  expect(props).toEqual(
    expect.objectContaining({ pathName: '/tpl/copy.csv', name: 'copy', encodingType: 'UTF-8', fileName: 'copy.csv' }),
  );
  const folder = (
    (await em.ok(`${fs}/data-folders`, dataFolderBody(source, { pathName: '/tplf/x' })))['guids'] as string[]
  ).slice(-1)[0];
  const folderCopy = await em.ok(`${fs}/data-folders/from-template/${folder}`, {
    ...externalSourceBody(source),
    pathName: '/tplf/y',
  });
  expect((folderCopy['guids'] as string[]).length).toBe(2);
});

test('errors: a missing path, an unknown folder, a missing body', async () => {
  const noPath = await em.post(`${fs}/data-files`, dataFileBody(source, { name: 'nameless' }));
  expect(noPath.body['exceptionErrorMessageId']).toBe('OMAG-COMMON-400-006');
  const unknown = await em.get(`${fs}/folders/no-such-folder`);
  expectFFDC(unknown, {
    responseClass: 'FileFolderResponse',
    exception: 'InvalidParameterException',
    httpCode: 404,
    messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
    action: 'getFolderByGUID',
    parameterName: 'folderGUID',
  });
  const noBody = await em.post(`${fs}/data-files/x/delete`);
  expect(noBody.status).toBe(400);
});
