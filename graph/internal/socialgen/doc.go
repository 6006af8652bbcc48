// Package socialgen generates deterministic social-like networks for the
// tests and benchmarks of the graph packages.
//
// Real contact networks are large, sparse, clustered (friends of friends
// know each other), have heavy-tailed degrees and fall into communities
// joined by few ties; the kernels' costs and some of their edge cases
// depend on that shape, which uniform random graphs lack. Each generator
// here builds one such model from a seed: the same arguments always give
// the very same network (math/rand/v2's PCG seeded with seed and
// seed^0x9e3779b97f4a7c15), so benchmarks compare like with like across
// changes and tests may depend on the exact graph. Changing a generator
// changes the benchmarks' inputs and can break tests that use it; add a
// new one instead.
//
// It must not be imported outside tests and benchmarks.
package socialgen
