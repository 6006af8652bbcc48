package importers

import (
	"io"
	"slices"

	"github.com/tiesnet/ties/graph"
)

// Large files (ties, memberships: millions of rows) are read without
// gocsv. Its reflection per row (a new struct, a channel send, a callback
// called through reflect, the row's position written out and parsed back)
// took three quarters of the time of a whole `ties inspect` of 20 000
// people and 200 000 ties (issue 15). A row type that names its columns
// and fills itself from a row's cells (cellsRow) is read straight from
// encoding/csv with its record reused; gocsv still reads the files that
// map onto a struct and are small (contacts exports, networks, goals).

// cellsRow is a row type read without reflection. columns names, in the
// canonical names of the file's aliases, the cells fill takes and in what
// order; a column the file does not have is given as "". Every csv-tagged
// field of the row type must be filled: TestCellsRowsMatchGocsv decodes
// the same rows both ways.
type cellsRow interface {
	columns() []string
	fill(cells []string, pos rowPos)
}

// decodeCells streams a table's rows into row, calling fn with a copy of
// it for each data row in file order: decodeStructs for a cellsRow. Rows
// are handed on in batches: pre, when not nil, sees each batch before fn
// sees its rows one by one, each with its place k in the batch (to look up
// their ids together, IndexAll).
func decodeCells[T any](t *table, canon []string, row *T, cr cellsRow, pre func([]T), fn func(int, T)) error {
	want := cr.columns()
	at := make([]int, len(want)) // 0-based column of each wanted cell, -1 if absent
	for j, w := range want {
		at[j] = -1
		for k, c := range canon {
			if c == w {
				at[j] = k
				break
			}
		}
	}
	d := t.rows(canon)
	defer d.flush()
	// fill copies what it keeps out of the cells (the callers clone the
	// strings they hold on to), so the reader may reuse its record.
	d.r.ReuseRecord = true
	// Reading overlaps handing on (streamBatches): a goroutine reads and
	// splits the rows (about half the time of a large ties file) while
	// this one hands the previous batch to pre and fn.
	cells := make([]string, len(want))
	var zero T
	return streamBatches(func() (T, error) {
		rec, pos, err := d.next()
		if err != nil {
			return zero, err
		}
		for j, k := range at {
			if k >= 0 {
				cells[j] = rec[k]
			} else {
				cells[j] = ""
			}
		}
		*row = zero
		cr.fill(cells, pos)
		return *row, nil
	}, func(rows []T) {
		if pre != nil {
			pre(rows)
		}
		for k, r := range rows {
			fn(k, r)
		}
	})
}

// idBatch looks up the ids of a batch of rows together (IndexAll), so that
// the memory reads of their look-ups overlap: the readers of people, ties
// and memberships fill ids with a batch's ids, cleaned, and call lookUp;
// at[k] is then the person with id ids[k], or -1 when there was none yet
// (the row's own look-up adds or reports them).
type idBatch struct {
	ids []string
	at  []int32
}

func (b *idBatch) lookUp(nw *graph.Network) {
	b.at = slices.Grow(b.at[:0], len(b.ids))[:len(b.ids)]
	nw.IndexAll(b.ids, b.at)
}

// streamBatches calls next on a goroutine of its own until it fails, and
// hands what it returned to use on this goroutine, in order, in batches of
// up to cellsBatch: reading and splitting a large file's rows overlaps
// with using them. The batches go round between free and full; the last
// carries next's error, which streamBatches returns unless it is io.EOF.
// Every batch is handed on, the last too, before the caller adds the
// reader's own problems to the report (rows.flush), as when rows were
// passed on one by one: the problems listed, up to maxListed, are the
// same.
func streamBatches[T any](next func() (T, error), use func([]T)) error {
	full := make(chan cellsBatchOf[T], cellsBatches)
	free := make(chan []T, cellsBatches)
	for range cellsBatches {
		free <- make([]T, 0, cellsBatch)
	}
	go func() {
		batch := <-free
		for {
			v, err := next()
			if err != nil {
				full <- cellsBatchOf[T]{batch, err}
				close(full)
				return
			}
			batch = append(batch, v)
			if len(batch) == cellsBatch {
				full <- cellsBatchOf[T]{rows: batch}
				batch = <-free
			}
		}
	}()
	var err error
	for b := range full {
		if len(b.rows) > 0 {
			use(b.rows)
		}
		clear(b.rows)
		err = b.err
		if err == nil {
			free <- b.rows[:0]
		}
	}
	if err == io.EOF {
		return nil
	}
	return err
}

// cellsBatchOf is a batch of rows on its way from the reader; err, on the
// last, is why reading stopped (io.EOF at the end of the file).
type cellsBatchOf[T any] struct {
	rows []T
	err  error
}

// cellsBatches is how many batches go round: the reader fills one while
// the others wait or are handed on.
const cellsBatches = 4

// cellsBatch is how many rows decodeCells hands on at a time: enough for
// IndexAll's reads to overlap and for the two goroutines to wait on each
// other rarely, few enough to stay in the cache. At 256 rows a batch,
// 2 000 000 ties loaded at 45–50 MB/s; at 1024, 70–75 MB/s (issue 15,
// BenchmarkLoadFiles200kTies2M).
const cellsBatch = 1024

// The large files' rows. A field added to tieRow or membershipRow must be
// added here too (TestCellsRowsMatchGocsv fails until it is).

func (tieRow) columns() []string {
	return []string{"source", "target", "weight", "type", "label", "since"}
}

func (r *tieRow) fill(c []string, pos rowPos) {
	r.at = pos
	r.Source, r.Target, r.Weight, r.Type, r.Label, r.Since = c[0], c[1], c[2], c[3], c[4], c[5]
}

func (membershipRow) columns() []string {
	return []string{"person_id", "network", "role", "since", "until"}
}

func (r *membershipRow) fill(c []string, pos rowPos) {
	r.at = pos
	r.Person, r.Network, r.Role, r.Since, r.Until = c[0], c[1], c[2], c[3], c[4]
}
