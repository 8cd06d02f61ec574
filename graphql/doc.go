// Package graphql is medmarket's API edge: the embedded schema.graphql, its resolvers over
// marketplace.Service, the HTTP handler with request limits, and the mapping of domain error
// codes to GraphQL error extensions.
package graphql
