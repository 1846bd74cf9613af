/** The value of one sample line of a Prometheus scrape, e.g. `wiw_graphql_errors_total{code="X"}`; undefined when absent. */
export function sampleIn(text: string, line: string): number | undefined {
  const found = text.split('\n').find((row) => row.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}
