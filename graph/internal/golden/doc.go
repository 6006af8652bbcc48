// Package golden loads the reference data sets under testdata/golden for
// tests: each set's network in ties' input format and the values that
// NetworkX and R sna computed for it (golden.json, made by
// testdata/golden/make_golden.py).
//
// A set's folder holds meta.json:
//
//	{"name": "karate", "directed": false, "weighted": false,
//	 "people": "people.csv", "ties": "ties.csv", "memberships": "",
//	 "attributes": ["club"], "source": "…"}
//
// and golden.json, laid out as `ties analyze --format json`
// (docs/analyze-json.md): network.undirected.*, network.directed.*,
// nodes.<metric>.<id>, attributes.<attr>.*, brokerage.<attr>.*,
// two_mode.*. Undefined values are null.
//
// It must not be imported outside tests.
package golden
