package cost_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
)

func TestParseContainers(t *testing.T) {
	tests := []struct {
		in   string
		want []cost.Containers
		teu  float64
		err  error
	}{
		{"2x40HC", []cost.Containers{{"40HC", 2}}, 4, nil},
		{"2 x 40hc, 1x20GP", []cost.Containers{{"40HC", 2}, {"20GP", 1}}, 5, nil},
		{"40HC", []cost.Containers{{"40HC", 1}}, 2, nil},
		{"3×20RF; 1*45HC", []cost.Containers{{"20RF", 3}, {"45HC", 1}}, 5.25, nil},
		{"1x40GP + 2x40GP", []cost.Containers{{"40GP", 3}}, 6, nil},
		{"2x40XX", nil, 0, cost.ErrUnknownContainer},
		{"40", nil, 0, cost.ErrUnknownContainer}, // a length class is no container
		{"0x40HC", nil, 0, cost.ErrInvalidShipment},
		{"-1x40HC", nil, 0, cost.ErrInvalidShipment},
		{"200000x20GP", nil, 0, cost.ErrInvalidShipment},
		{"", nil, 0, cost.ErrInvalidShipment},
		{" , ", nil, 0, cost.ErrInvalidShipment},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := cost.ParseContainers(tc.in)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			s := cost.Shipment{Containers: got}
			assert.InDelta(t, tc.teu, s.TEU(), 0)
			back, err := cost.ParseContainers(cost.FormatContainers(got))
			require.NoError(t, err)
			assert.Equal(t, got, back)
		})
	}
}

func TestShipmentValidate(t *testing.T) {
	feu := []cost.Containers{{"40HC", 1}}
	tests := []struct {
		name string
		s    cost.Shipment
		err  error
	}{
		{"containers only", cost.Shipment{Containers: feu}, nil},
		{"weight only", cost.Shipment{GrossTonnes: 0.5}, nil},
		{"everything", cost.Shipment{Containers: feu, GrossTonnes: 20, VolumeM3: 60, Value: cost.Money{Minor: 1, Currency: "CNY"}, DangerousGoods: "2.1", Reefer: true}, nil},
		{"empty", cost.Shipment{}, cost.ErrEmptyShipment},
		{"zero containers, zero weight", cost.Shipment{Containers: []cost.Containers{}}, cost.ErrEmptyShipment},
		{"zero count", cost.Shipment{Containers: []cost.Containers{{"40HC", 0}}, GrossTonnes: 1}, cost.ErrInvalidShipment},
		{"unknown size code", cost.Shipment{Containers: []cost.Containers{{"53HC", 1}}}, cost.ErrUnknownContainer},
		{"negative weight", cost.Shipment{GrossTonnes: -1}, cost.ErrInvalidShipment},
		{"NaN weight", cost.Shipment{GrossTonnes: math.NaN()}, cost.ErrInvalidShipment},
		{"infinite volume", cost.Shipment{GrossTonnes: 1, VolumeM3: math.Inf(1)}, cost.ErrInvalidShipment},
		{"negative value", cost.Shipment{GrossTonnes: 1, Value: cost.Money{Minor: -1, Currency: "USD"}}, cost.ErrInvalidShipment},
		{"value in unknown currency", cost.Shipment{GrossTonnes: 1, Value: cost.Money{Minor: 1, Currency: "ABC"}}, cost.ErrUnknownCurrency},
		{"bad DG class", cost.Shipment{GrossTonnes: 1, DangerousGoods: "10"}, cost.ErrInvalidShipment},
		{"over ISO 668 gross", cost.Shipment{Containers: []cost.Containers{{"20GP", 1}}, GrossTonnes: 31}, cost.ErrInvalidShipment},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.s.Validate()
			if tc.err == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tc.err)
		})
	}
}

func TestChargeableKg(t *testing.T) {
	tests := []struct {
		name     string
		tonnes   float64
		m3       float64
		wantKg   float64
		comments string
	}{
		{"volume wins", 1, 10, 1667, "10 m³ × 166.67 = 1,666.67 → 1,667.0"},
		{"mass wins", 2, 6, 2000, "6 m³ = 1,000 kg < 2,000 kg"},
		{"half kilo up", 0.1001, 0, 100.5, "100.1 kg → 100.5"},
		{"exact", 0.1005, 0, 100.5, "already on a half kilo"},
		{"1 m³", 0, 1, 167, "166.67 → 167.0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := cost.Shipment{GrossTonnes: tc.tonnes, VolumeM3: tc.m3}
			if tc.tonnes == 0 {
				s.Containers = []cost.Containers{{"20GP", 1}} // mass then assumed 10 t
				tc.wantKg = 10_000
			}
			assert.InDelta(t, tc.wantKg, s.ChargeableKg(), 0, tc.comments)
		})
	}
	assert.Zero(t, (&cost.Shipment{}).ChargeableKg())
}

// FuzzParseContainers checks that the container decoder never panics, that
// what it accepts is valid, and that it round-trips through
// FormatContainers.
func FuzzParseContainers(f *testing.F) {
	for _, s := range []string{"2x40HC", "2 x 40hc, 1x20GP", "3×20RF; 1*45HC", "40", "x", "99999999999999999999x20GP", "1x40GP+1x40GP", "×"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := cost.ParseContainers(s)
		if err != nil {
			return
		}
		sh := cost.Shipment{Containers: cs}
		if err := sh.Validate(); err != nil {
			t.Fatalf("%q parsed to an invalid shipment: %v", s, err)
		}
		back, err := cost.ParseContainers(cost.FormatContainers(cs))
		if err != nil {
			t.Fatalf("%q → %q does not parse: %v", s, cost.FormatContainers(cs), err)
		}
		if cost.FormatContainers(back) != cost.FormatContainers(cs) {
			t.Fatalf("round trip %q → %q", cost.FormatContainers(cs), cost.FormatContainers(back))
		}
	})
}
