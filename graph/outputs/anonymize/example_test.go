package anonymize_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/outputs/anonymize"
)

// The same id and key give the same pseudonym in every run and output.
func ExamplePseudonym() {
	fmt.Println(anonymize.Pseudonym("ana", ""))
	// Output:
	// Person DPT2
}
