// Package pareto is corridor's exact multi-objective shortest-path engine.
// It computes Pareto fronts — every trade-off between K = 2 to 4 integer
// objectives such as money, time and CO2e — on a static directed graph. The
// route package builds such graphs from the freight network (a node per
// terminal × arrival mode, arc costs from the cost package) and calls this
// engine; on its own it is benchmarked on the 9th DIMACS road graphs.
//
// # The model
//
// A Graph holds n nodes, m arcs in compressed sparse row form, and K
// non-negative int64 costs per arc. A path's cost vector is the sum of its
// arcs' vectors, plus the cost of its source Endpoint and of its target
// Endpoint (e.g. the handling charge of the origin terminal). Vector a
// dominates b when a <= b in every objective and a != b. The Pareto front of
// a Query is the set of distinct non-dominated cost vectors of paths from
// any source to any target, each with one witness path; paths with equal
// vectors count once, which is what published solvers count too.
//
// # Labels
//
// A label is a path from a source found by the search: its node, its cost
// vector g, and its parent label (so its path is rebuilt by following
// parents). A heuristic h(v) gives, per objective, a lower bound on the cost
// from v to the nearest target: here the exact single-objective distance,
// from one backward Dijkstra per objective (Heuristic). Unreachable nodes
// get h = Unreachable and are never entered. A label's f = g + h is then a
// lower bound on the cost vector of every solution that extends it, and
// because h is consistent, f never decreases along a path.
//
// Both engines are best-first: they extract labels in non-decreasing f1
// (the K > 2 engine in full lexicographic order of f, objective 1, then 2,
// and so on; BOA* needs only f1, see below). A label is pruned when its g
// is weakly dominated by a label already expanded at its node (it cannot
// lead anywhere new), or its f is weakly dominated by a solution already
// found (nothing it leads to can enter the front), or its f exceeds a Query
// bound. Pruning on weak dominance (<=, not <) is what drops paths with
// equal vectors. Labels live in one flat slab of 8-byte (parent, arc)
// records reused across searches; the open list carries each label's node
// and f, from which g = f - h is recovered, so a search allocates nothing
// per label in steady state.
//
// # Two objectives: BOA*
//
// With K = 2 the engine is BOA* (Hernández, Yeoh, Baier, Zhang, Felner,
// Koenig, Ulloa, Salzman, "Simple and efficient bi-objective search
// algorithms via fast dominance checks", Artificial Intelligence 2023).
// Extraction in non-decreasing f1 means that at a node every later label
// has g1 no smaller than every earlier one, so it is weakly dominated as soon
// as its g2 is no smaller than the least g2 expanded there: one integer per
// node, g2min, makes every dominance test O(1). The goal's g2min, the g2 of
// the last solution, prunes labels whose f2 cannot improve the front.
//
// The open list is a radix heap on the integer f1: push is O(1), pop
// amortised O(log C), whatever the scale of the costs. BOA* proper breaks
// f1 ties by f2; we pop ties in LIFO order, which needs no ordering among
// them. That can expand a label that a later one of equal g1 dominates
// (0.4% more expansions on DIMACS NY) and can find the solutions of one g1
// out of order, so at the goal each such solution replaces the previous one
// (it has a smaller g2); the front that comes out is still exact and
// sorted. On DIMACS NY the 50 public queries take about 2 s of search CPU
// this way, 3.2–3.6 s with Dial's buckets and an f2 heap per bucket, and
// 5.9 s with a binary heap on (f1, f2); see openList.
//
// A search costs O(L·log C) for L generated labels and an f1 range C, plus
// O(n) to initialise the per-node state; L is exponential in the worst case
// (fronts can be), in practice a small multiple of |front| × n on road
// graphs. We did not add BOBA*'s second search direction or T-BDA's
// time-slicing: the papers report constant-factor gains on hard queries, but
// BOBA* needs heuristics in both directions (four Dijkstras instead of two)
// and the single-direction search already beats the reference C++ BOA* by
// a wide margin on the public NY queries (see examples/dimacs).
//
// # Three and four objectives: truncated fronts
//
// With K = 3 or 4 the engine generalises BOA*'s idea the way EMOA* (Ren,
// Zhan, Li, Rathinam, Choset, "Enhanced multi-objective A*", 2022) and
// LTMOA* (Hernández, Yeoh, Baier, Felner, Salzman, Zhang, Koenig, Ulloa,
// "Multi-objective search via lazy and efficient dominance checks", IJCAI
// 2023) do: with lexicographic extraction, a label is dominated at its node
// iff its truncated vector (g2..gK) is weakly dominated by the truncated
// vector of a label expanded there. Each node keeps the non-dominated
// truncated vectors of its expanded labels (its truncated front); the goal
// keeps those of the solutions. With K = 3 a truncated front is a 2-D
// staircase kept sorted, so a dominance test is a binary search, O(log f)
// for a front of f vectors (EMOA*'s balanced tree, as a sorted slice); with
// K = 4 it is kept sorted by its first component and a test scans only the
// prefix that can dominate, O(f) at worst. Labels are checked at extraction
// (LTMOA*'s lazy check) and also at generation (EMOA*'s eager check), which
// on grid graphs (BenchmarkGrid) halved the time by keeping dominated labels
// out of the open list, a binary heap on the full f vector. Measured on
// 20×20 to 30×30 grids with costs in [1,100] (fronts of 900 to 3,400
// vectors, 12–120 ms), this is ample for the route layer's graphs (the
// default network has 78 terminals and 252 legs), so T-MDA was not tried.
//
// # Guarantees
//
// Exact mode (Epsilon 0): Result holds exactly the Pareto front, one
// solution per distinct non-dominated vector, in lexicographic order of cost
// vectors, with a witness path each. This is checked against a brute-force
// oracle on thousands of random graphs, against gonum's Dijkstra for the
// extreme points, and against the published DIMACS NY counts.
//
// Approximate mode (Epsilon > 0): the goal test is relaxed by 1+Epsilon, so
// every Pareto-optimal vector p is (1+Epsilon)-dominated by some returned s:
// s1 <= p1 and si <= (1+Epsilon)·pi for i >= 2. Returned vectors are
// mutually non-dominated and achieved by their paths; usually far fewer.
//
// Bounds prune labels whose f exceeds a bound: since f is a lower bound, no
// solution within the bounds is lost. Arcs in Query.Avoid are never used,
// also not by the heuristic, which stays exact for the restricted graph.
//
// Limits: when MaxLabels or the context stops a search, the solutions found
// so far and proven are returned: in exact mode each is Pareto-optimal,
// since a label that could still lead to a dominating solution would have
// been extracted before it (BOA*, which orders only by f1, drops a last
// solution whose g1 ties the f1 being processed, as a tie could still
// replace it). Result.Complete is false and the error wraps ErrLimit or is
// the context's error.
//
// Overflow: arc costs are at most MaxArcCost(n) = 2^60/(n+1) and endpoint
// costs at most MaxEndpointCost = 2^60, so path sums stay below 2^62 and
// f = g + h never overflows; NewGraph and Query validation reject larger
// values with an error, and a Query.Wait beyond MaxArcCost(n) stops the
// search with one.
//
// # Time dependence
//
// Scheduled legs make an arc's time depend on the arrival time at its tail
// (wait for the next departure). Query.Wait is that hook: for arcs in
// Query.WaitArcs, the search asks Wait(arc, t) for the wait at time t (the
// label's cost in Query.WaitObjective) and adds it to that objective. With
// FIFO waits (leaving later never arrives earlier, and an arc usable later
// is usable earlier) a label that dominates another still dominates it after
// any extension, so label-setting stays exact; the tests check this against
// a brute-force oracle with periodic departures. The graph keeps each arc's
// cost without waiting, so the backward Dijkstras still give consistent
// lower bounds (looser ones: waits are not foreseen).
//
// # Concurrency and reuse
//
// A Graph is immutable and safe for concurrent use. A Searcher is not: use
// one per goroutine (or a sync.Pool). A Result points into its Searcher's
// buffers until the next Search on it; Result.Solutions copies it out.
package pareto
