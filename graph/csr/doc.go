// Package csr holds compact, read-only adjacency of a network in compressed
// sparse row form: for node i, its neighbours are Adj[Off[i]:Off[i+1]],
// sorted ascending, with the tie weights in W at the same positions.
//
// gonum's graph types keep maps of maps, which is right for building and
// for gonum's own algorithms, but slow and large for kernels that visit
// every edge many times (betweenness, constraint). The kernels read this
// form. analysis.Run builds the views of a network in it once
// (analysis.Views: the tie view, the structure view, the directed view);
// everything downstream reads those and never builds its own.
//
// It must not be changed after it is built: every kernel may read a Graph
// from many goroutines.
package csr
