// Mounts GraphiQL against this server's /graphql endpoint.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: '# medmarket GraphQL API\n{\n  signingDomain { chainId studyRegistry consentRegistry rewardToken studyEscrow }\n  studies(first: 10) { totalCount edges { cursor node { id title status consents } } pageInfo { hasNextPage endCursor } }\n}\n',
  }),
);
