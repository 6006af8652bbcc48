package graph

import "hash/maphash"

// idIndex finds a person's index by id. It is an open-addressing hash
// table with linear probing, at most half full, whose slots hold what a
// lookup compares: 24 bits of the id's hash, its length and its first 8
// bytes, beside the person's index. An id of up to 8 bytes (most ids in
// files: "p051101", a number, a short handle) is therefore found or ruled
// out without reading anything outside the slot; a longer one is
// compared with the person's id once its slot matches.
//
// It replaced a map[string]int that took a third of loading 200 000
// people and 2 000 000 ties in random order (issue 15): each lookup there
// reads a control word, the key's string header and the key's bytes,
// three places in memory; here one slot of 16 bytes.
type idIndex struct {
	slots []idSlot // len is a power of two, or 0
	n     int      // ids in the table
}

// idSeed seeds the ids' hash: one per process, so that two networks built
// alike are alike (reflect.DeepEqual), and a file cannot be made to
// collide on purpose.
var idSeed = maphash.MakeSeed()

type idSlot struct {
	tag uint32 // hash<<8 | length (up to 255); 0: empty
	pos uint32 // the person's index
	pre uint64 // the id's first 8 bytes, little-endian, zero-padded
}

// idTag is an id's slot tag: 24 bits of its hash and its length, never 0.
func idTag(h uint64, id string) uint32 {
	t := uint32(h>>40)<<8 | uint32(min(len(id), 255))
	if t == 0 {
		t = 1 << 8 // the empty id with hash bits 0
	}
	return t
}

// idPrefix is an id's first 8 bytes as a little-endian number, zero-padded.
func idPrefix(id string) uint64 {
	if len(id) >= 8 {
		_ = id[7]
		return uint64(id[0]) | uint64(id[1])<<8 | uint64(id[2])<<16 | uint64(id[3])<<24 |
			uint64(id[4])<<32 | uint64(id[5])<<40 | uint64(id[6])<<48 | uint64(id[7])<<56
	}
	var p uint64
	for k := len(id) - 1; k >= 0; k-- {
		p = p<<8 | uint64(id[k])
	}
	return p
}

// find returns the index of the person with the given id among people.
func (x *idIndex) find(people []Person, id string) (int, bool) {
	if x.n == 0 {
		return 0, false
	}
	return x.findHash(people, id, maphash.String(idSeed, id))
}

// findHash is find with the id's hash already computed.
func (x *idIndex) findHash(people []Person, id string, h uint64) (int, bool) {
	tag, pre := idTag(h, id), idPrefix(id)
	mask := uint64(len(x.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		s := &x.slots[k]
		if s.tag == 0 {
			return 0, false
		}
		if s.tag == tag && s.pre == pre && (len(id) <= 8 || people[s.pos].ID == id) {
			return int(s.pos), true
		}
	}
}

// findAll sets idx[k] to the index of the person with id ids[k], or -1.
//
// It works in three passes over a chunk of ids: hash them all, read the
// slot where each lookup starts, then look each up. A lookup one at a time
// in a table larger than the processor's caches waits for its slot to come
// from memory, and the hashing between two such reads keeps the processor
// from overlapping them; in a pass that does nothing but read, the reads
// overlap. Looking up 4 096 000 random ids among 200 000 takes 0.94–1.04 s
// one at a time, 0.34–0.36 s so (BenchmarkIndexAll).
func (x *idIndex) findAll(people []Person, ids []string, idx []int32) {
	const chunk = 256
	var hs [chunk]uint64
	for len(ids) > 0 {
		n := min(len(ids), chunk)
		if x.n == 0 {
			for k := range n {
				idx[k] = -1
			}
		} else {
			for k, id := range ids[:n] {
				hs[k] = maphash.String(idSeed, id)
			}
			mask := uint64(len(x.slots) - 1)
			var sum uint32
			for _, h := range hs[:n] {
				sum += x.slots[h&mask].tag
			}
			keep(sum)
			for k, id := range ids[:n] {
				if i, ok := x.findHash(people, id, hs[k]); ok {
					idx[k] = int32(i)
				} else {
					idx[k] = -1
				}
			}
		}
		ids, idx = ids[n:], idx[n:]
	}
}

// add records that people[i] has the given id, which must not be in the
// table yet.
func (x *idIndex) add(people []Person, id string, i int) {
	if 2*(x.n+1) > len(x.slots) {
		x.grow(people, max(2*len(x.slots), 64))
	}
	x.put(id, i)
	x.n++
}

func (x *idIndex) put(id string, i int) {
	h := maphash.String(idSeed, id)
	mask := uint64(len(x.slots) - 1)
	k := h & mask
	for x.slots[k].tag != 0 {
		k = (k + 1) & mask
	}
	x.slots[k] = idSlot{tag: idTag(h, id), pos: uint32(i), pre: idPrefix(id)}
}

// grow rehashes the table into size slots.
func (x *idIndex) grow(people []Person, size int) {
	old := x.slots
	x.slots = make([]idSlot, size)
	for _, s := range old {
		if s.tag != 0 {
			x.put(people[s.pos].ID, int(s.pos))
		}
	}
}

// reserve makes room for n ids in all without growing again.
func (x *idIndex) reserve(people []Person, n int) {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if size > len(x.slots) {
		x.grow(people, size)
	}
}

// keep takes a value so that the reads that made it are not left out.
//
//go:noinline
func keep(uint32) {}
