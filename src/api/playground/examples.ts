export interface PlaygroundTab {
  query: string;
  variables?: string;
}

/** The tabs the playground opens with: generated queries first; traversal examples join them later. */
export const PLAYGROUND_EXAMPLES: PlaygroundTab[] = [
  {
    query: `# Firms of the Belgian biotech cluster with their region (generated query)
query Firms {
  firms(sort: [{ name: ASC }], limit: 20) {
    id
    name
  }
}`,
  },
];
