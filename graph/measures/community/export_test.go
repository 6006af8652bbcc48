package community

// LouvainWithQ exposes louvain to the tests: the partition and the
// modularity that the moves accumulated (ΔQ = (gain(C) − gain(D)) / m per
// move), which the tests check against Modularity.
var LouvainWithQ = louvain
