package pareto

// bucketQueue is the open list of BOA*: a monotone priority queue ordered
// lexicographically by (f1, f2), where f1 is an integer that never goes
// below the last popped f1 (h is consistent).
//
// It is Dial's circular bucket array on f1 — one bucket per f1 value in a
// window [cur, cur+W) — with a binary heap on f2 inside each bucket, and an
// overflow binary heap on (f1, f2) for the rare keys beyond the window (large
// source or target costs, or arcs whose reduced cost exceeds W). A push into
// the window is O(log b) for a bucket of b entries, usually tiny; advancing
// over empty buckets costs O(1) each, O(f1 range) in all. On DIMACS NY this
// beats a binary heap on (f1, f2) by avoiding its O(log open) sift through a
// large, cache-cold array.
type bucketQueue struct {
	buckets [][]bqEntry
	mask    int64
	w       int64
	cur     int64 // f1 of the current bucket; all entries have f1 >= cur
	inWin   int   // entries in buckets
	over    []ovEntry
}

// bqEntry is an open label: its f2, its id and its node. The node rides
// in the entry (it fills what would be padding) so that labels themselves
// need only their parent and arc, and g is recovered as f - h at pop.
type bqEntry struct {
	f2       int64
	id, node int32
}

type ovEntry struct {
	f1 int64
	e  bqEntry
}

// reset empties the queue, sizes the window to w (a power of two) and
// starts it at key start.
func (q *bucketQueue) reset(w int, start int64) {
	if len(q.buckets) != w {
		if cap(q.buckets) >= w {
			q.buckets = q.buckets[:w]
		} else {
			q.buckets = append(q.buckets[:cap(q.buckets)], make([][]bqEntry, w-cap(q.buckets))...)
		}
	}
	for i := range q.buckets {
		q.buckets[i] = q.buckets[i][:0]
	}
	q.mask, q.w = int64(w-1), int64(w)
	q.cur, q.inWin = start, 0
	q.over = q.over[:0]
}

func (q *bucketQueue) push(f1 int64, e bqEntry) {
	if f1-q.cur >= q.w {
		q.overPush(ovEntry{f1, e})
		return
	}
	q.inWin++
	b := &q.buckets[f1&q.mask]
	h := append(*b, e)
	// sift up
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h[p].f2 <= e.f2 {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = e
	*b = h
}

// pop removes the entry with the smallest (f1, f2) and returns it with its
// f1, or false when the queue is empty.
func (q *bucketQueue) pop() (int64, bqEntry, bool) {
	for {
		if q.inWin == 0 {
			if len(q.over) == 0 {
				return 0, bqEntry{}, false
			}
			q.cur = q.over[0].f1
			q.migrate()
		}
		b := &q.buckets[q.cur&q.mask]
		if h := *b; len(h) > 0 {
			top := h[0]
			last := h[len(h)-1]
			h = h[:len(h)-1]
			if n := len(h); n > 0 {
				// sift down
				i := 0
				for {
					c := 2*i + 1
					if c >= n {
						break
					}
					if c+1 < n && h[c+1].f2 < h[c].f2 {
						c++
					}
					if last.f2 <= h[c].f2 {
						break
					}
					h[i] = h[c]
					i = c
				}
				h[i] = last
			}
			*b = h
			q.inWin--
			return q.cur, top, true
		}
		q.cur++
		if len(q.over) > 0 && q.over[0].f1-q.cur < q.w {
			q.migrate()
		}
	}
}

// migrate moves overflow entries that now fall inside the window.
func (q *bucketQueue) migrate() {
	for len(q.over) > 0 && q.over[0].f1-q.cur < q.w {
		o := q.overPop()
		q.push(o.f1, o.e)
	}
}

func ovLess(a, b *ovEntry) bool {
	return a.f1 < b.f1 || a.f1 == b.f1 && a.e.f2 < b.e.f2
}

func (q *bucketQueue) overPush(e ovEntry) {
	h := append(q.over, e)
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !ovLess(&e, &h[p]) {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = e
	q.over = h
}

func (q *bucketQueue) overPop() ovEntry {
	h := q.over
	top := h[0]
	last := h[len(h)-1]
	h = h[:len(h)-1]
	n := len(h)
	if n > 0 {
		i := 0
		for {
			c := 2*i + 1
			if c >= n {
				break
			}
			if c+1 < n && ovLess(&h[c+1], &h[c]) {
				c++
			}
			if !ovLess(&h[c], &last) {
				break
			}
			h[i] = h[c]
			i = c
		}
		h[i] = last
	}
	q.over = h
	return top
}
