import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as ts from 'typescript';
import { typeScriptFiles } from './workspace-packages';

const BUILTIN = new Set(builtinModules);

/** The package a bare module specifier names (`@scope/name/deep` is `@scope/name`); undefined for relative and built-in ones. */
export function packageOfSpecifier(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  return BUILTIN.has(name) ? undefined : name;
}

/** One import of another package in a source file. */
export interface PackageImport {
  readonly packageName: string;
  readonly file: string;
}

/**
 * The packages the TypeScript files under `srcDir` import: `import`, `export ... from`, `import()`
 * and `require()`, type-only ones included (the declaration files need them too). Comments are
 * not read, so examples in TSDoc do not count.
 */
export function importedPackages(srcDir: string): PackageImport[] {
  const out: PackageImport[] = [];
  for (const file of typeScriptFiles(srcDir)) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const imported of info.importedFiles) {
      const packageName = packageOfSpecifier(imported.fileName);
      if (packageName !== undefined) out.push({ packageName, file: path.relative(srcDir, file) });
    }
  }
  return out;
}

function hasConnectorDecorator(node: ts.Node): boolean {
  if (ts.isClassDeclaration(node)) {
    const decorated = (ts.getDecorators(node) ?? []).some((d) => {
      const call = d.expression;
      return (
        ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'integrationConnector'
      );
    });
    if (decorated) return true;
  }
  return ts.forEachChild(node, hasConnectorDecorator) === true;
}

/** True when a source file under `srcDir` marks a class with `@integrationConnector(...)` (read as code, not text). */
export function declaresConnectors(srcDir: string): boolean {
  return typeScriptFiles(srcDir).some((file) =>
    hasConnectorDecorator(ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false)),
  );
}
