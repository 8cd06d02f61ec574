// Mounts GraphiQL against this server's /graphql endpoint.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: '# medmarket GraphQL API\n{\n  signingDomain { chainId studyRegistry consentRegistry rewardToken studyEscrow }\n  studies(limit: 10) { id title status consents }\n}\n',
  }),
);
