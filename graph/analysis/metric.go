package analysis

// Metric names a per-person figure of the analysis. Result.Metric returns
// its values in node order; String is its key in the JSON contract
// (nodes.<metric>, docs/analyze-json.md) and its CSV column.
type Metric int

// The per-person figures, each defined in docs/spec/metrics.md.
const (
	Degree                     Metric = iota // distinct neighbours in the structure view
	Strength                                 // sum of tie weights
	Clustering                               // local clustering coefficient
	Betweenness                              // normalised by 2/((n-1)(n-2))
	BetweennessRaw                           // unordered pairs' shares of shortest paths
	BetweennessRawLow                        // a sampled BetweennessRaw's interval: low end
	BetweennessRawHigh                       // and high end
	BetweennessWeighted                      // with weights as lengths or strengths (Options.WeightAs)
	BetweennessWeightedRaw                   //
	BetweennessWeightedRawLow                //
	BetweennessWeightedRawHigh               //
	Constraint                               // Burt's constraint, unweighted
	EffectiveSize                            // Burt's effective size, unweighted
	Efficiency                               // effective size / degree
	Hierarchy                                // Burt's hierarchy
	ConstraintWeighted                       // the same four with tie weights
	EffectiveSizeWeighted                    //
	EfficiencyWeighted                       //
	HierarchyWeighted                        //
	Community                                // Louvain community, 0-based
	Participation                            // Guimerà–Amaral participation coefficient
	InDegree                                 // arcs in (directed data)
	OutDegree                                // arcs out
	Reciprocity                              // share of a person's arcs that are returned
	Balance                                  // (given − received)/(given + received), by weight
	numMetrics
)

var metricNames = [numMetrics]string{
	Degree:                     "degree",
	Strength:                   "strength",
	Clustering:                 "clustering",
	Betweenness:                "betweenness",
	BetweennessRaw:             "betweenness_raw",
	BetweennessRawLow:          "betweenness_raw_low",
	BetweennessRawHigh:         "betweenness_raw_high",
	BetweennessWeighted:        "betweenness_weighted",
	BetweennessWeightedRaw:     "betweenness_weighted_raw",
	BetweennessWeightedRawLow:  "betweenness_weighted_raw_low",
	BetweennessWeightedRawHigh: "betweenness_weighted_raw_high",
	Constraint:                 "constraint",
	EffectiveSize:              "effective_size",
	Efficiency:                 "efficiency",
	Hierarchy:                  "hierarchy",
	ConstraintWeighted:         "constraint_weighted",
	EffectiveSizeWeighted:      "effective_size_weighted",
	EfficiencyWeighted:         "efficiency_weighted",
	HierarchyWeighted:          "hierarchy_weighted",
	Community:                  "community",
	Participation:              "participation",
	InDegree:                   "in_degree",
	OutDegree:                  "out_degree",
	Reciprocity:                "reciprocity",
	Balance:                    "balance",
}

// String is the metric's key in the JSON and CSV outputs.
func (m Metric) String() string {
	if m < 0 || m >= numMetrics {
		return "metric(?)"
	}
	return metricNames[m]
}

// Integer reports whether the metric's values are whole numbers (counts
// and community labels), so that exports can declare the column's type
// whatever the data.
func (m Metric) Integer() bool {
	switch m {
	case Degree, InDegree, OutDegree, Community:
		return true
	}
	return false
}

// Metrics lists every metric in the order of the constants.
func Metrics() []Metric {
	out := make([]Metric, numMetrics)
	for m := range out {
		out[m] = Metric(m)
	}
	return out
}
