// Package diversity measures how varied people's backgrounds are, for the
// whole population and for each person's contacts, and how far ties run
// within or across categories of an attribute.
//
// Definitions are those of docs/spec/metrics.md ("Attribute diversity
// and homophily"): an attribute is categorical, an empty value is missing
// and never forms a category, and K is the number of categories among all
// people, also when a measure looks at a subset (an ego network, a group).
//
//   - Blau's index 1 − Σ p_c² (Blau 1977, Inequality and Heterogeneity),
//     Agresti's index of qualitative variation IQV = Blau / (1 − 1/K),
//     Shannon entropy −Σ p_c ln p_c and evenness = entropy / ln K.
//   - Krackhardt & Stern's E-I index (E − I)/(E + I) (Krackhardt & Stern
//     1988, Social Psychology Quarterly 51(2)), over the network and per
//     person.
//   - Newman's assortativity coefficient r for categorical attributes
//     (Newman 2003, Phys. Rev. E 67, 026126), as
//     networkx.attribute_assortativity_coefficient.
//
// Undefined values are math.NaN(); integer counts that are undefined are -1.
// Node i is person i; per-node results are slices indexed by node.
//
// It owns the diversity indices. It must not know of any output: it returns
// numbers, never text.
package diversity
