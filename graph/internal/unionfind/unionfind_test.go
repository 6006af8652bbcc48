package unionfind

import "testing"

// Joined nodes share a root, the least of their set; others keep theirs.
func TestSets(t *testing.T) {
	s := New(6)
	if r, ok := s.Union(4, 2); r != 2 || !ok {
		t.Errorf("Union(4, 2) = %d, %v, want 2, true", r, ok)
	}
	if r, ok := s.Union(5, 4); r != 2 || !ok {
		t.Errorf("Union(5, 4) = %d, %v, want 2, true", r, ok)
	}
	if r, ok := s.Union(2, 5); r != 2 || ok {
		t.Errorf("Union(2, 5) = %d, %v, want 2, false", r, ok)
	}
	s.Union(3, 0)
	want := []int32{0, 1, 2, 0, 2, 2}
	for x, w := range want {
		if got := s.Find(int32(x)); got != w {
			t.Errorf("Find(%d) = %d, want %d", x, got, w)
		}
	}
}
