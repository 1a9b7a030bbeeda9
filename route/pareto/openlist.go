package pareto

import "math/bits"

// openList is the open list of BOA*: a radix heap on f1, a monotone
// priority queue (f1 never goes below the last popped f1, since h is
// consistent) whose cost does not depend on how large or sparse the keys
// are. Entries of equal f1 leave in LIFO order, not by f2: see boa for why
// that is still exact, and faster.
//
// An entry sits in bucket bits.Len64(f1 ^ last), where last is the last
// popped key, so bucket 0 holds exactly the entries with f1 == last and pops
// come from its end. When bucket 0 runs empty, the first non-empty bucket is
// redistributed around its minimum; an entry moves at most 64 times and in
// practice once or twice, so push is O(1) and pop amortised O(log C) for a
// key range C.
//
// Measured on the 50 public DIMACS NY queries (search CPU): about 2 s, the
// same as Dial's circular bucket array with LIFO buckets; 3.2–3.6 s with an
// f2 heap inside each Dial bucket (BOA*'s tie-breaking); 5.9 s with a binary
// heap on (f1, f2). Dial's buckets were dropped because stepping over empty
// buckets costs O(f1 range): with money in minor units as objective 1, a
// small graph can span 10^7 keys.
type openList struct {
	buckets [65][]openEntry
	last    int64
	size    int
}

// openEntry is an open label: its f = (f1, f2), its id and its node. The
// node rides here so that labels need only their parent and arc; g is
// recovered as f - h at pop.
type openEntry struct {
	f1, f2   int64
	id, node int32
}

// reset empties the list and sets the smallest key that may be pushed.
func (q *openList) reset(start int64) {
	for i := range q.buckets {
		q.buckets[i] = q.buckets[i][:0]
	}
	q.last, q.size = start, 0
}

// push adds e; e.f1 must be >= the last popped key (or the reset start).
func (q *openList) push(e openEntry) {
	b := bits.Len64(uint64(e.f1 ^ q.last))
	q.buckets[b] = append(q.buckets[b], e)
	q.size++
}

// pop removes an entry of smallest f1, or returns false when empty.
func (q *openList) pop() (openEntry, bool) {
	if len(q.buckets[0]) == 0 {
		if q.size == 0 {
			return openEntry{}, false
		}
		i := 1
		for len(q.buckets[i]) == 0 {
			i++
		}
		b := q.buckets[i]
		m := b[0].f1
		for _, e := range b[1:] {
			m = min(m, e.f1)
		}
		q.last = m
		for _, e := range b {
			j := bits.Len64(uint64(e.f1 ^ m))
			q.buckets[j] = append(q.buckets[j], e)
		}
		q.buckets[i] = b[:0]
	}
	b0 := q.buckets[0]
	e := b0[len(b0)-1]
	q.buckets[0] = b0[:len(b0)-1]
	q.size--
	return e, true
}
