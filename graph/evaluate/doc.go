// Package evaluate judges each network (group) a person belongs to, or
// could join, for what it brings them, exactly as docs/spec/evaluate.md
// defines it: the question of "Välj dina nätverk med omsorg!" (choose your
// networks with care).
//
// Every figure follows from the data by a rule a reader can check by hand,
// each with its research source:
//
//   - Foci (Feld 1981): a tie depends on a network when the network is its
//     only support; such ties fade without it (Burt, "Bridge decay", 2002).
//     held_only_here and new_to_ego count the people e reaches only
//     through the network.
//   - Second-step reach (Burt, "Structural holes and good ideas", 2004):
//     their_contacts counts the people only this network opens.
//   - Range (Reagans and McEvily 2003): diversity_gain and unseen_values.
//   - Structural holes (Burt 1992): constraint_change, on the graph of
//     ties and co-memberships.
//   - Tie strength (Granovetter 1973; Onnela et al. 2007; Rajkumar et al.
//     2022): embeddedness and mutual contacts of e's ties into the network.
//   - Give and take (the article: transfer must be mutual): given,
//     received, ego_balance.
//
// The verdict rules, the score, the listing order and the budget rule are
// the spec's; its thresholds are the named constants of verdict.go. The
// package reads an analysis (analysis.Result: the tie view, the directed
// view, the memberships view and the attribute encodings, built once there)
// and never changes it. Reasons are finding codes with their figures
// (graph/finding), worded by the outputs.
//
// It owns the judgement of each network for the ego, with reasons as codes.
// It must not write anything or word a reason: graph/outputs/words does.
package evaluate
