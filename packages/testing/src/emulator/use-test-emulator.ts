import { IllegalStateError } from '@egeria-ts/core';
import type { RunningEmulator } from '@egeria-ts/emulator';
import type { CatalogElement, CatalogRelationship, CatalogView } from '../catalog/catalog-model';
import type { ElementKey, ElementsOfTypeOptions, RelationshipsOfOptions } from '../catalog/catalog-model';
import type { EmulatorCatalog, ReadCatalogOptions } from '../catalog/emulator-catalog';
import { TESTING_ERROR_CODE } from '../testing-messages';
import { startTestEmulator, type TestEmulator, type TestEmulatorOptions } from './test-emulator';

type Hook = (fn: () => Promise<void>, timeout?: number) => void;

function hookGlobal(name: 'beforeAll' | 'afterAll'): Hook | undefined {
  const value = (globalThis as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as Hook) : undefined;
}

/** The emulator of {@link useTestEmulator}: the same interface, usable once `beforeAll` has run. */
class EmulatorForTests implements TestEmulator {
  started?: TestEmulator;

  #current(what: string): TestEmulator {
    if (this.started === undefined) {
      throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.NOT_STARTED, ['emulator', what]);
    }
    return this.started;
  }

  get url(): string {
    return this.#current('url').url;
  }

  get port(): number {
    return this.#current('port').port;
  }

  get serverName(): string {
    return this.#current('serverName').serverName;
  }

  get emulator(): RunningEmulator {
    return this.#current('emulator').emulator;
  }

  get catalog(): EmulatorCatalog {
    return this.#current('catalog').catalog;
  }

  readCatalog(options?: ReadCatalogOptions): Promise<CatalogView> {
    return this.#current('readCatalog').readCatalog(options);
  }

  elementsOfType(typeName: string, options?: ElementsOfTypeOptions): Promise<CatalogElement[]> {
    return this.#current('elementsOfType').elementsOfType(typeName, options);
  }

  elementByQualifiedName(qualifiedName: string): Promise<CatalogElement | undefined> {
    return this.#current('elementByQualifiedName').elementByQualifiedName(qualifiedName);
  }

  relationshipsOf(key: ElementKey, options?: RelationshipsOfOptions): Promise<CatalogRelationship[]> {
    return this.#current('relationshipsOf').relationshipsOf(key, options);
  }

  elementsOwnedBy(metadataSourceQualifiedName: string): Promise<CatalogElement[]> {
    return this.#current('elementsOwnedBy').elementsOwnedBy(metadataSourceQualifiedName);
  }

  async close(): Promise<void> {
    const started = this.started;
    this.started = undefined;
    await started?.close();
  }
}

/**
 * The jest way to get a test emulator: call it at the top of a test file or `describe` block; it
 * registers a `beforeAll` that starts the emulator and an `afterAll` that closes it (stopping the
 * connector runs started against it first). The object it returns can be passed around at once,
 * and read from inside tests and later hooks.
 * @example
 * ```ts
 * const emulator = useTestEmulator();
 * it('catalogs', async () => {
 *   const run = await runConnector(MyConnector, { emulator });
 *   expect(await emulator.elementsOfType('Database')).toHaveLength(1);
 *   await run.stop();
 * });
 * ```
 * @param options - as for {@link startTestEmulator}
 * @throws IllegalStateError when `beforeAll` and `afterAll` are not globals
 */
export function useTestEmulator(options: TestEmulatorOptions = {}): TestEmulator {
  const beforeAllHook = hookGlobal('beforeAll');
  const afterAllHook = hookGlobal('afterAll');
  if (beforeAllHook === undefined || afterAllHook === undefined) {
    throw IllegalStateError.fromDefinition(TESTING_ERROR_CODE.NO_JEST_GLOBALS, [
      'useTestEmulator',
      'beforeAll and afterAll',
    ]);
  }
  const emulator = new EmulatorForTests();
  beforeAllHook(async () => {
    emulator.started = await startTestEmulator(options);
  });
  afterAllHook(() => emulator.close());
  return emulator;
}

/**
 * The started emulator behind a test emulator (itself, unless it comes from {@link useTestEmulator}). @internal
 * @param emulator - a test emulator
 */
export function startedEmulatorOf(emulator: TestEmulator): TestEmulator | undefined {
  return emulator instanceof EmulatorForTests ? emulator.started : emulator;
}
