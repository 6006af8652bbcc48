package centrality

import "math"

// binomialInterval returns the interval [lo, hi] of success probabilities p
// that the Chernoff–Hoeffding bound in relative-entropy form does not
// reject at level e^−logInv on each side, after c successes in r
// independent Bernoulli(p) trials:
//
//	lo = min{q ≤ c/r : r·KL(c/r ‖ q) ≤ logInv}
//	hi = max{q ≥ c/r : r·KL(c/r ‖ q) ≤ logInv}
//
// with KL(a ‖ q) = a ln(a/q) + (1−a) ln((1−a)/(1−q)). For the mean p̂ of r
// such trials, P(p̂ ≥ a) ≤ exp(−r KL(a ‖ p)) when a ≥ p and P(p̂ ≤ a) ≤
// exp(−r KL(a ‖ p)) when a ≤ p (Chernoff 1952; Hoeffding 1963, Theorem 1),
// so P(p > hi) ≤ e^−logInv and P(p < lo) ≤ e^−logInv. It is the tightest
// of the classical exponential bounds for a Bernoulli mean: Hoeffding's
// and Bernstein's inequalities are its quadratic relaxations.
func binomialInterval(c, r int, logInv float64) (lo, hi float64) {
	if r <= 0 {
		return 0, 1
	}
	a := float64(c) / float64(r)
	lim := logInv / float64(r)
	// KL(a ‖ q) grows as q moves away from a on either side; bisect.
	lo, hi = a, a
	if a > 0 {
		if kl(a, 0) <= lim {
			lo = 0
		} else {
			lo, _ = bisect(0, a, func(q float64) bool { return kl(a, q) > lim })
		}
	}
	if a < 1 {
		if kl(a, 1) <= lim {
			hi = 1
		} else {
			_, hi = bisect(a, 1, func(q float64) bool { return kl(a, q) <= lim })
		}
	}
	return lo, hi
}

// bisect narrows [x0, x1], below(x0) true and below(x1) false, to
// neighbouring floats around the point where below turns false. The
// caller takes the end outside its interval (x0 for a lower bound, x1 for
// an upper one), so rounding never shrinks the interval.
func bisect(x0, x1 float64, below func(q float64) bool) (float64, float64) {
	for range 100 {
		m := x0 + (x1-x0)/2
		if m <= x0 || m >= x1 {
			break
		}
		if below(m) {
			x0 = m
		} else {
			x1 = m
		}
	}
	return x0, x1
}

// kl is the relative entropy KL(a ‖ q) of Bernoulli(a) from Bernoulli(q),
// with 0 ln 0 = 0; +Inf when q is 0 or 1 and a is not.
func kl(a, q float64) float64 {
	x := 0.0
	if a > 0 {
		if q <= 0 {
			return math.Inf(1)
		}
		x += a * math.Log(a/q)
	}
	if a < 1 {
		if q >= 1 {
			return math.Inf(1)
		}
		x += (1 - a) * (math.Log1p(-a) - math.Log1p(-q))
	}
	return x
}
