/**
 * Jest runs our code as CommonJS, while a few dependencies ship ES modules only (graphql-upload 17,
 * file-type 21 and theirs). Node >= 20.19 `require`s them natively, Jest's module system does not,
 * so this transformer rewrites those files (and only them: see transformIgnorePatterns) to
 * CommonJS with TypeScript's own transpiler, which is already installed.
 */
const ts = require('typescript');

module.exports = {
  process(source, filename) {
    const { outputText, sourceMapText } = ts.transpileModule(source, {
      fileName: filename.replace(/\.mjs$/, '.js'),
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, allowJs: true, sourceMap: true },
    });
    return { code: outputText, map: sourceMapText };
  },
};
