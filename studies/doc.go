// Package studies holds the rules for study protocols: validation of the registration
// document (the WHO Trial Registration Data Set items that apply to data studies) and its
// analysis plan, GA4GH Data Use Ontology codes, the canonical serialisation and hash that
// anchor a protocol on chain, readable diffs between versions of a protocol, its export as a
// FHIR R4 ResearchStudy, and the content-addressed store of protocol documents.
package studies
