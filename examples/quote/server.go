package main

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/examples/internal/assets"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route"
)

//go:embed static
var staticFiles embed.FS

// withLand adds the world outline the page draws its maps on, shared with
// the corridors example, to the static files, at /land.geojson.
type withLand struct{ fs.FS }

func (f withLand) Open(name string) (fs.File, error) {
	if name == assets.LandFile {
		return assets.FS.Open(name)
	}
	return f.FS.Open(name)
}

// Config sets up a Server. The zero value of every field but Network and
// Rates means the default.
type Config struct {
	// Network is the network to plan on. Required.
	Network *network.Network
	// Rates converts leg prices to the quote currency; RatesSource says
	// where the table comes from, for the responses. Required.
	Rates       *cost.Rates
	RatesSource string
	// Timeout bounds the search of one request; zero means DefaultTimeout.
	Timeout time.Duration
	// MaxLabels bounds the labels of one search (memory); zero means no
	// bound but the timeout.
	MaxLabels int
	// Log receives one line per failed request; nil discards.
	Log *slog.Logger
}

// DefaultTimeout is the per-request search timeout when Config.Timeout is
// zero.
const DefaultTimeout = 5 * time.Second

// Server answers the quote API. It shares one route.Planner among all
// requests: the planner is immutable and safe for concurrent Plan calls.
type Server struct {
	cfg     Config
	planner *route.Planner
	places  []byte // the GET /v1/places body, built once
	mux     *http.ServeMux
}

// NewServer checks cfg and prepares the planner.
func NewServer(cfg Config) (*Server, error) {
	if cfg.Network == nil || cfg.Rates == nil {
		return nil, errors.New("quote: a server needs a network and a rate table")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	p, err := route.NewPlanner(cfg.Network)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, planner: p, mux: http.NewServeMux()}
	if s.places, err = json.Marshal(placesResponse(cfg.Network, cfg.Rates)); err != nil {
		return nil, err
	}
	static, err := fs.Sub(staticFiles, "static")
	if err != nil {
		return nil, err
	}
	files := http.FileServerFS(withLand{static})
	allow := map[string]string{"/v1/quotes": "POST", "/v1/places": "GET, HEAD", "/healthz": "GET, HEAD"}
	s.mux.HandleFunc("POST /v1/quotes", s.handleQuote)
	s.mux.HandleFunc("GET /v1/places", s.handlePlaces)
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		switch a, api := allow[r.URL.Path]; {
		case api:
			methodNotAllowed(w, r, a)
		case strings.HasPrefix(r.URL.Path, "/v1/"):
			writeError(w, &apiError{status: http.StatusNotFound, body: ErrorBody{Message: "no such endpoint: " + r.URL.Path}})
		case r.Method != http.MethodGet && r.Method != http.MethodHead:
			methodNotAllowed(w, r, "GET, HEAD")
		default:
			h := w.Header()
			h.Set("X-Content-Type-Options", "nosniff")
			// The page loads nothing from elsewhere: no CDN, no inline script.
			h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
			files.ServeHTTP(w, r)
		}
	})
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// handleQuote answers POST /v1/quotes.
func (s *Server) handleQuote(w http.ResponseWriter, r *http.Request) {
	t0 := time.Now()
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			s.fail(w, r, &apiError{status: http.StatusUnsupportedMediaType,
				body: ErrorBody{Message: fmt.Sprintf("content type %q: want application/json", ct)}})
			return
		}
	}
	r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	req, err := decodeRequest(r.Body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	in, err := buildQuery(req, s.planner, s.cfg.Network, s.cfg.Rates)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	in.query.Limits.MaxLabels = s.cfg.MaxLabels

	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	res, err := s.planner.Plan(ctx, in.query)
	status := http.StatusOK
	var warning string
	if err != nil {
		if !errors.Is(err, route.ErrIncomplete) || res == nil {
			ae := planError(err)
			ae.body.Field = pointField(req, ae.body.Field)
			s.fail(w, r, ae)
			return
		}
		// The search ran out: answer with what it proved, flagged.
		switch {
		case r.Context().Err() != nil:
			return // the client has gone; nobody reads an answer
		case errors.Is(err, context.DeadlineExceeded):
			status = http.StatusGatewayTimeout
			warning = fmt.Sprintf("the search ran out of its %s: the options shown are Pareto-optimal, but others may be missing", s.cfg.Timeout)
		default:
			status = http.StatusServiceUnavailable
			warning = "the search reached its label limit: the options shown are Pareto-optimal, but others may be missing"
		}
		s.cfg.Log.Warn("incomplete quote", "from", in.query.From.String(), "to", in.query.To.String(), "err", err)
	}
	resp := newQuoteResponse(in, res, s.cfg.Rates, s.cfg.RatesSource)
	resp.Warning = warning
	resp.ElapsedMs = float64(time.Since(t0).Microseconds()) / 1000
	writeJSON(w, status, resp)
}

// planError maps an error of route.Planner.Plan to an answer.
func planError(err error) *apiError {
	var nr *route.NoRouteError
	msg := strings.TrimPrefix(err.Error(), "route: ")
	switch {
	case errors.As(err, &nr):
		return &apiError{status: http.StatusUnprocessableEntity, body: ErrorBody{
			Message: msg, Reason: nr.Why.String(), Detail: nr.Detail}}
	case errors.Is(err, route.ErrUnknownPlace):
		// buildQuery checks every name, and that a terminal is within
		// the radius of every point, first; this is a safety net.
		return &apiError{status: http.StatusBadRequest, body: ErrorBody{Field: requestField(err), Message: msg}}
	case errors.Is(err, route.ErrQuery), errors.Is(err, cost.ErrInvalidQuery), errors.Is(err, cost.ErrInvalidShipment),
		errors.Is(err, cost.ErrEmptyShipment), errors.Is(err, cost.ErrUnknownContainer):
		return &apiError{status: http.StatusBadRequest, body: ErrorBody{Field: requestField(err), Message: msg}}
	case errors.Is(err, context.Canceled):
		return &apiError{status: 499, body: ErrorBody{Message: "request cancelled"}}
	}
	return &apiError{status: http.StatusInternalServerError, body: ErrorBody{Message: msg}}
}

// requestField maps the route.Query field a *route.QueryError names to the
// request's JSON field: "Constraints.Via[1]" → "constraints.via[1]".
func requestField(err error) string {
	var qe *route.QueryError
	if !errors.As(err, &qe) {
		return ""
	}
	f := qe.Field
	for _, r := range []struct{ from, to string }{
		{"From.Trucking", "origin"}, {"To.Trucking", "destination"},
		{"From", "origin"}, {"To", "destination"}, {"Shipment", "containers"},
		{"Currency", "currency"}, {"Objectives", "objectives"}, {"DeliverBy", "deliver_by"},
		{"Limits", "limits"},
		{"Constraints.Via", "constraints.via"}, {"Constraints.AvoidTerminals", "constraints.avoid_terminals"},
		{"Constraints.AvoidCountries", "constraints.avoid_countries"}, {"Constraints.MaxMoney", "constraints.max_money"},
		{"Constraints.Modes", "constraints.modes"}, {"Constraints", "constraints"},
	} {
		if rest, ok := strings.CutPrefix(f, r.from); ok {
			return r.to + rest
		}
	}
	return strings.ToLower(f)
}

// pointField renames the field of a planner error about the origin or
// destination to origin_point or destination_point when the request gave a
// point there: "origin" → "origin_point", "destination.x" →
// "destination_point.x".
func pointField(req *QuoteRequest, field string) string {
	for _, p := range []struct {
		name  string
		point bool
	}{{"origin", req.OriginPoint != nil}, {"destination", req.DestinationPoint != nil}} {
		if rest, ok := strings.CutPrefix(field, p.name); ok && p.point && (rest == "" || rest[0] == '.') {
			return p.name + "_point" + rest
		}
	}
	return field
}

// handlePlaces answers GET /v1/places.
func (s *Server) handlePlaces(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "max-age=300")
	_, _ = w.Write(s.places)
}

// handleHealth answers GET /healthz.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"status":    "ok",
		"network":   s.cfg.Network.Name(),
		"terminals": s.cfg.Network.NumTerminals(),
		"legs":      s.cfg.Network.NumLegs(),
		"rates":     s.cfg.Rates.AsOf().Format(time.DateOnly),
	})
}

// fail writes err as an error answer and logs server-side failures.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		ae = &apiError{status: http.StatusInternalServerError, body: ErrorBody{Message: err.Error()}}
	}
	if ae.status >= 500 {
		s.cfg.Log.Error("quote failed", "method", r.Method, "path", r.URL.Path, "status", ae.status, "err", err)
	}
	writeError(w, ae)
}

func methodNotAllowed(w http.ResponseWriter, r *http.Request, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, &apiError{status: http.StatusMethodNotAllowed,
		body: ErrorBody{Message: fmt.Sprintf("method %s not allowed: use %s", r.Method, allow)}})
}

func writeError(w http.ResponseWriter, e *apiError) {
	writeJSON(w, e.status, ErrorResponse{Error: e.body})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error": {"message": "encoding the answer failed"}}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// placesResponse lists the terminals of n, sorted by ID.
func placesResponse(n *network.Network, rates *cost.Rates) PlacesResponse {
	out := PlacesResponse{Network: n.Name(), Terminals: []PlaceInfo{}}
	for t := range n.Terminals() {
		out.Terminals = append(out.Terminals, PlaceInfo{Place: placeOf(t), Kind: t.Kind.String(), Aliases: t.Aliases})
	}
	slices.SortFunc(out.Terminals, func(a, b PlaceInfo) int { return strings.Compare(a.ID, b.ID) })
	for _, c := range rates.Currencies() {
		out.Currencies = append(out.Currencies, string(c))
	}
	return out
}
