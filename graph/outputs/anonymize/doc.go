// Package anonymize gives people stable pseudonyms ("Person K7QX") for
// every output that hides names: the pictures, the report and the
// exports use the same pseudonym for the same id and key, so that an
// anonymised report and its diagrams name the same person alike.
//
// It owns the pseudonyms. It must not read the network or know of any
// output's format.
package anonymize
