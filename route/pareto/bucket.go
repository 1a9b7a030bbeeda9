package pareto

// bucketQueue is the open list of BOA*: a monotone priority queue on f1,
// an integer that never goes below the last popped f1 (h is consistent).
// Entries of equal f1 leave in LIFO order, not by f2: see boa for why that
// is still exact, and faster.
//
// It is Dial's circular bucket array on f1 — one bucket per f1 value in a
// window [cur, cur+W) — plus an overflow binary heap on (f1, f2) for the
// rare keys beyond the window (large source or target costs, waits, or arcs
// whose reduced cost exceeds W). Buckets are singly linked lists threaded
// through one shared slab, so the queue's memory is bounded by the largest
// open list, not by W times the largest bucket ever seen (per-bucket slices
// would each keep their own peak capacity across queries). Push and pop are
// O(1); advancing over empty buckets costs O(1) each, O(f1 range) in all.
type bucketQueue struct {
	first []int32 // per bucket: first slab node, or -1
	slab  []bqNode
	free  int32 // free slab nodes, linked through next; -1 when none
	mask  int64
	w     int64
	cur   int64     // f1 of the current bucket; all entries have f1 >= cur
	inWin int       // entries in buckets
	over  []ovEntry // f1 >= cur+w, a min-heap on (f1, f2)
}

// bqEntry is an open label: its f2, its id and its node. The node rides
// in the entry (it fills what would be padding) so that labels themselves
// need only their parent and arc, and g is recovered as f - h at pop.
type bqEntry struct {
	f2       int64
	id, node int32
}

type bqNode struct {
	e    bqEntry
	next int32
}

type ovEntry struct {
	f1 int64
	e  bqEntry
}

// reset empties the queue, sizes the window to w (a power of two) and
// starts it at key start. It costs O(w) only when w changes or buckets were
// left non-empty by an interrupted search.
func (q *bucketQueue) reset(w int, start int64) {
	if len(q.first) != w || q.inWin != 0 {
		if cap(q.first) < w {
			q.first = make([]int32, w)
		}
		q.first = q.first[:w]
		for i := range q.first {
			q.first[i] = -1
		}
	}
	q.slab = q.slab[:0]
	q.free = -1
	q.mask, q.w = int64(w-1), int64(w)
	q.cur, q.inWin = start, 0
	q.over = q.over[:0]
}

// push adds e with key f1 >= cur.
func (q *bucketQueue) push(f1 int64, e bqEntry) {
	d := f1 - q.cur
	switch {
	case d < q.w:
		b := &q.first[f1&q.mask]
		var i int32
		if q.free >= 0 {
			i = q.free
			q.free = q.slab[i].next
			q.slab[i] = bqNode{e, *b}
		} else {
			i = int32(len(q.slab))
			q.slab = append(q.slab, bqNode{e, *b})
		}
		*b = i
		q.inWin++
	default:
		q.overPush(ovEntry{f1, e})
	}
}

// pop removes an entry with the smallest f1 and returns it with its f1, or
// false when the queue is empty. Entries of equal f1 leave in LIFO order.
func (q *bucketQueue) pop() (int64, bqEntry, bool) {
	for {
		b := &q.first[q.cur&q.mask]
		if i := *b; i >= 0 {
			nd := &q.slab[i]
			*b = nd.next
			nd.next = q.free
			q.free = i
			q.inWin--
			return q.cur, nd.e, true
		}
		if q.inWin == 0 {
			if len(q.over) == 0 {
				return 0, bqEntry{}, false
			}
			q.cur = q.over[0].f1
		} else {
			q.cur++
		}
		q.migrate()
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
