package analyzejson

// OptionsOut records how the figures were computed.
type OptionsOut struct {
	Attributes         []string `json:"attributes"`
	HolesModel         string   `json:"holes_model"` // whole or ego
	WeightAs           string   `json:"weight_as"`   // length or strength (distance = 1/weight)
	Seed               uint64   `json:"seed"`
	Resolution         float64  `json:"resolution"`
	GroupTies          bool     `json:"group_ties"` // shared groups joined the undirected view
	NewmanProjection   bool     `json:"newman_projection"`
	MaxGroupSize       int      `json:"max_group_size"`
	OrgAsGroup         bool     `json:"org_as_group"`
	LikelyColleagues   bool     `json:"likely_colleagues"`
	Directed           bool     `json:"directed"`
	Weighted           bool     `json:"weighted"`
	BetweennessSamples int      `json:"betweenness_samples_requested"` // -1: chosen by size
	// BetweennessConfidence is 1 − δ of sampled betweenness' intervals.
	BetweennessConfidence float64 `json:"betweenness_confidence"`
}

// StructureOut says whether the data is a star.
type StructureOut struct {
	Shape       string  `json:"shape"` // star, network or no_ties
	Center      *string `json:"center"`
	Pairs       int     `json:"pairs"`
	AmongOthers int     `json:"among_contacts"`
	Message     string  `json:"message"`
}

// UndirectedOut is network.undirected.
type UndirectedOut struct {
	NNodes             int              `json:"n_nodes"`
	NEdges             int              `json:"n_edges"`
	Density            Num              `json:"density"`
	Components         int              `json:"components"`
	AverageClustering  Num              `json:"average_clustering"`
	Transitivity       Num              `json:"transitivity"`
	Bridges            [][2]string      `json:"bridges"`
	LocalBridges       []LocalBridgeOut `json:"local_bridges"`
	ArticulationPoints []string         `json:"articulation_points"`
	Modularity         Num              `json:"modularity"`
	Communities        int              `json:"communities"`
	TotalWeight        *Num             `json:"total_weight,omitempty"`
}

// LocalBridgeOut is written as [a, b, span], span null when the edge is
// also a bridge.
type LocalBridgeOut struct {
	A, B string
	Span *int
}

// MarshalJSON writes [a, b, span].
func (l LocalBridgeOut) MarshalJSON() ([]byte, error) {
	return marshalTriple(l.A, l.B, l.Span)
}

// DirectedOut is network.directed.
type DirectedOut struct {
	NArcs            int           `json:"n_arcs"`
	Density          Num           `json:"density"`
	Reciprocity      Num           `json:"reciprocity"`
	Rho              Num           `json:"rho"`
	DyadCensus       DyadCensusOut `json:"dyad_census"`
	SNAGrecip        GrecipOut     `json:"r_sna_grecip"`
	WeakComponents   int           `json:"weak_components"`
	StrongComponents int           `json:"strong_components"`
}

// DyadCensusOut counts mutual, asymmetric and null pairs.
type DyadCensusOut struct {
	Mutual     int `json:"mutual"`
	Asymmetric int `json:"asymmetric"`
	Null       int `json:"null"`
}

// GrecipOut holds R sna's reciprocity variants.
type GrecipOut struct {
	Dyadic        Num `json:"dyadic"`
	DyadicNonNull Num `json:"dyadic_nonnull"`
	Edgewise      Num `json:"edgewise"`
	EdgewiseLRR   Num `json:"edgewise_lrr"`
}

// BetweennessOut says whether betweenness is exact or sampled, and when
// sampled how precise it is (analysis.Sampling); the per-person intervals
// are nodes.betweenness_raw_low and nodes.betweenness_raw_high.
type BetweennessOut struct {
	Exact bool `json:"exact"`
	*SamplingOut
	// Weighted is the weighted variant's sampling, on weighted data.
	Weighted *SamplingOut `json:"weighted,omitempty"`
}

// SamplingOut describes sampled betweenness.
type SamplingOut struct {
	Method     string  `json:"method"`     // how pairs and paths were drawn
	Samples    int     `json:"samples"`    // pairs sampled, one shortest path each
	Confidence float64 `json:"confidence"` // 1 − δ: every interval holds at once
	Delta      float64 `json:"delta"`      // δ
	Epsilon    Num     `json:"epsilon"`    // the largest half-width, normalised
	Converged  bool    `json:"converged"`  // false: the budget ran out first
}

// AttributeResult is attributes.<attr>.
type AttributeResult struct {
	N                     int            `json:"n"`
	NMissing              int            `json:"n_missing"`
	K                     int            `json:"K"`
	Counts                map[string]int `json:"counts"`
	Blau                  Num            `json:"blau"`
	IQV                   Num            `json:"iqv"`
	Entropy               Num            `json:"entropy"`
	Evenness              Num            `json:"evenness"`
	EI                    EIOut          `json:"ei"`
	Assortativity         Num            `json:"assortativity"`
	EIDirected            *EIOut         `json:"ei_directed,omitempty"`
	AssortativityDirected *Num           `json:"assortativity_directed,omitempty"`
	Ego                   EgoOut         `json:"ego"`
	DerivedFrom           string         `json:"derived_from,omitempty"`
}

// EIOut is a Krackhardt–Stern E-I index with its counts.
type EIOut struct {
	External int `json:"external"`
	Internal int `json:"internal"`
	Index    Num `json:"index"`
}

// EgoOut holds each person's ego-network diversity, keyed by id.
type EgoOut struct {
	NAlters            PerPerson  `json:"n_alters"`
	Blau               PerPerson  `json:"blau"`
	IQV                PerPerson  `json:"iqv"`
	Entropy            PerPerson  `json:"entropy"`
	Evenness           PerPerson  `json:"evenness"`
	EIExternal         PerPerson  `json:"ei_external"`
	EIInternal         PerPerson  `json:"ei_internal"`
	EIIndex            PerPerson  `json:"ei_index"`
	EIDirectedExternal *PerPerson `json:"ei_directed_external,omitempty"`
	EIDirectedInternal *PerPerson `json:"ei_directed_internal,omitempty"`
	EIDirectedIndex    *PerPerson `json:"ei_directed_index,omitempty"`
}

// BrokerageOut is brokerage.<attr>.
type BrokerageOut struct {
	Nodes  RolesByPerson `json:"nodes"`
	Totals RolesOut      `json:"totals"`
}

// RolesOut counts Gould–Fernandez brokerage roles.
type RolesOut struct {
	Coordinator    int `json:"coordinator"`
	Itinerant      int `json:"itinerant"`
	Representative int `json:"representative"`
	Gatekeeper     int `json:"gatekeeper"`
	Liaison        int `json:"liaison"`
	Total          int `json:"total"`
}

// TwoModeOut is two_mode.
type TwoModeOut struct {
	NGroups          int                  `json:"n_groups"`
	NMemberships     int                  `json:"n_memberships"`
	Groups           map[string]*GroupOut `json:"groups"`
	PersonGroupCount PerPerson            `json:"person_group_count"`
	Projection       struct {
		NEdges int `json:"n_edges"`
		// Edges are written only with Options.ProjectionEdges, streamed
		// in place of the empty list they hold.
		Edges    *[]SharedOut `json:"edges,omitempty"`
		Degree   PerPerson    `json:"degree"`
		Strength PerPerson    `json:"strength"`
	} `json:"projection"`
	GroupProjection struct {
		Edges []SharedOut `json:"edges"`
	} `json:"group_projection"`
	// Dominant is the group that alone makes the largest share of the
	// projection's pairs; null when there are none.
	Dominant *DominantOut `json:"dominant"`
	// Reach[d−1] is the number of people the ego reaches at d steps
	// through shared networks, every network counted; absent without an
	// ego.
	Reach []int `json:"reach,omitzero"` // [] with an ego who shares no network
}

// GroupOut is two_mode.groups.<group>.
type GroupOut struct {
	Size       int                     `json:"size"`
	Members    []string                `json:"members"`
	Attributes map[string]GroupAttrOut `json:"attributes"`
}

// GroupAttrOut is the diversity of a group's members.
type GroupAttrOut struct {
	Counts map[string]int `json:"counts"`
	Blau   Num            `json:"blau"`
	IQV    Num            `json:"iqv"`
}

// SharedOut is written as [a, b, shared]: two people (or groups) and the
// number of groups (members) they share. Weight is the projection weight
// (equal to shared unless Newman weighting), kept for the table.
type SharedOut struct {
	A, B   string
	Shared int
	Weight Num
}

// MarshalJSON writes [a, b, shared].
func (s SharedOut) MarshalJSON() ([]byte, error) {
	shared := s.Shared
	return marshalTriple(s.A, s.B, &shared)
}

// DominantOut names the group that dominates the projection.
type DominantOut struct {
	Group string `json:"group"`
	Share Num    `json:"share"`
}

// Document is the JSON of `ties analyze --format json`: the contract of
// docs/analyze-json.md. Ids are strings, undefined values null, pairs are
// written with the smaller id first and sorted.
type Document struct {
	SchemaVersion int          `json:"schema_version"`
	Options       OptionsOut   `json:"options"`
	Ego           *string      `json:"ego"`
	Structure     StructureOut `json:"structure"`
	Network       struct {
		Undirected UndirectedOut `json:"undirected"`
		Directed   *DirectedOut  `json:"directed,omitempty"`
	} `json:"network"`
	Betweenness BetweennessOut `json:"betweenness"`
	// Nodes holds nodes.<metric>.<id>.
	Nodes      map[string]PerPerson        `json:"nodes"`
	Attributes map[string]*AttributeResult `json:"attributes"`
	Brokerage  map[string]*BrokerageOut    `json:"brokerage,omitempty"`
	TwoMode    *TwoModeOut                 `json:"two_mode,omitempty"`
	// Concentration is how concentrated the ego's contacts (or everyone)
	// are in a few organisations.
	Concentration *ConcentrationOut `json:"concentration,omitempty"`
	Findings      Findings          `json:"findings"`

	// projection streams two_mode.projection.edges when the document is
	// written: the pairs are never held.
	projection func(fn func(SharedOut))
}

// Findings say in plain words what the figures mean, one paragraph per
// section (the analysis' finding codes, worded in English).
type Findings struct {
	Structure     string            `json:"structure"`
	Brokers       string            `json:"brokers"`
	Bridges       string            `json:"bridges"`
	Ego           string            `json:"ego,omitempty"`
	Diversity     map[string]string `json:"diversity"`
	Reciprocity   string            `json:"reciprocity"`
	TwoMode       string            `json:"two_mode,omitempty"`
	Concentration string            `json:"concentration,omitempty"`
}

// ConcentrationOut is concentration.
type ConcentrationOut struct {
	Population    string     `json:"population"` // contacts or everyone
	N             int        `json:"n"`
	Organizations int        `json:"organizations"`
	Largest       []OrgShare `json:"largest"`
	Herfindahl    Num        `json:"herfindahl"`
	Third         int        `json:"third"`
	Half          int        `json:"half"`
}

// OrgShare is one organisation's people and share.
type OrgShare struct {
	Organization string `json:"organization"`
	Count        int    `json:"count"`
	Share        Num    `json:"share"`
}
