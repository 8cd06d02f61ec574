// Package studies holds the rules for study protocols: validation of the registration
// document and its analysis plan, GA4GH Data Use Ontology codes, the canonical serialisation
// and hash that anchor a protocol on chain, and the content-addressed store of protocol
// documents.
package studies
