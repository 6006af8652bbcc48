// Package brokerage counts Gould & Fernandez's (1989) brokerage roles:
// how often each person sits on a directed 2-path i -> j -> k between two
// people who are not tied i -> k, classified by the groups (values of a
// categorical attribute) of the three.
//
// It reads the directed view D of docs/spec/metrics.md
// ("Gould–Fernandez brokerage"), a csr.Graph as csr.Directed builds it;
// node i is person i.
//
// It owns the brokerage role counts. It must not know of any output: it
// returns numbers, never text.
package brokerage
