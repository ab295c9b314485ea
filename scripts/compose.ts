import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS } from '../subgraphs/registry';

/** Where each subgraph listens in the local default layout; the gateway's config overrides it. */
export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/**
 * Everything under schema/: each subgraph's SDL, the composed supergraph the gateway boots
 * from, and the client-facing API schema (what codegen reads). Pure: builds no server.
 */
export function composeSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const services = SUBGRAPHS.map((subgraph) => {
    const sdl = printSubgraphSchema(subgraph.buildSchema());
    files[`${subgraph.name}.graphql`] = `${sdl.trim()}\n`;
    return { name: subgraph.name, url: defaultSubgraphUrl(subgraph.defaultPort), typeDefs: parse(sdl) };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  files['supergraph.graphql'] = `${result.supergraphSdl.trim()}\n`;
  files['api.graphql'] = `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`;
  return files;
}
