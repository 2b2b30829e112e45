import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface HandlerMethodLength {
  /** The method's name in the contract, e.g. `imports.open`. */
  method: string;
  /** Lines from the method's name to the end of its body, both included. */
  lines: number;
}

/**
 * Every contract method a `handlers.ts` source defines as `'domain.name': (input) => …`, with its
 * length in lines. Only string-keyed properties holding a function count: helpers declared above
 * the returned map are the handlers' own business and are measured by the file-size rule instead.
 */
export function handlerMethodLengths(source: string, fileName = 'handlers.ts'): HandlerMethodLength[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: HandlerMethodLength[] = [];
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isStringLiteral(node.name) &&
      node.name.text.includes('.') &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      found.push({
        method: node.name.text,
        lines: lineOf(node.getEnd()) - lineOf(node.getStart(file)) + 1,
      });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every `handlers.ts` under a folder, at any depth. */
export function handlerFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return handlerFiles(path);
    return name === 'handlers.ts' ? [path] : [];
  });
}

// `npx tsx scripts/handler-lengths.ts [limit]`: the handler methods longer than the limit, longest first.
if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const root = resolve(__dirname, '..');
  const limit = Number(process.argv[2] ?? 0);
  const rows = handlerFiles(join(root, 'src/main')).flatMap((path) =>
    handlerMethodLengths(readFileSync(path, 'utf8'), path).map((m) => ({
      file: relative(root, path),
      ...m,
    })),
  );
  for (const row of rows.filter((r) => r.lines > limit).sort((a, b) => b.lines - a.lines)) {
    console.log(`${String(row.lines).padStart(4)}  ${row.method}  (${row.file})`);
  }
}
