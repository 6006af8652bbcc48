// Package unionfind keeps disjoint sets of the nodes 0 … n-1 (union–find
// with path halving, linking the larger root under the smaller), for the
// kernels that join nodes into components.
//
// The smaller index always becomes the root, so a set's root is its least
// node: the result does not depend on the order of the unions' arguments.
//
// It owns the sets. It must not know what the nodes or the joins mean.
package unionfind
