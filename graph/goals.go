package graph

// Goals are a person's professional needs stated as targets (the goals
// file): what the article "Välj dina nätverk med omsorg!" asks one to know
// before choosing networks. Evaluation scores each network against them.
type Goals struct {
	// MoreDiversity lists attributes in which more diversity is wanted
	// (e.g. "country").
	MoreDiversity []string
	// Contacts asks for contacts with a given attribute value.
	Contacts []ContactGoal
	// Budgets; nil means no limit.
	MaxHoursPerMonth *float64
	MaxFeePerYear    *float64
}

// ContactGoal asks for at least N contacts whose Attribute is Value.
type ContactGoal struct {
	Attribute, Value string
	N                int
}
