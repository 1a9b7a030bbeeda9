package cost

import (
	"fmt"
	"strconv"

	"github.com/corridor-go/corridor/network"
)

// Format writes a value of objective o for people: money as "9310.29 EUR"
// (in currency cur), time as "17d 0h 30m", CO2e as "4.829 t CO2e" or
// "850 g CO2e", distance as "11179 km" (to the metre when under 10 km),
// transfers as "2 transfers". It is for display only: nothing parses it
// back.
func Format(o Objective, v int64, cur network.Currency) string {
	switch o {
	case ObjectiveMoney:
		return Money{Minor: v, Currency: cur}.String()
	case ObjectiveTime:
		if v < 0 {
			return strconv.FormatInt(v, 10) + "m"
		}
		return fmt.Sprintf("%dd %dh %dm", v/1440, v%1440/60, v%60)
	case ObjectiveCO2e:
		if v >= 1_000_000 || v <= -1_000_000 {
			return trimDecimal(formatMinor(v, 6)) + " t CO2e"
		}
		return strconv.FormatInt(v, 10) + " g CO2e"
	case ObjectiveDistance:
		if v >= 10_000 || v <= -10_000 {
			return strconv.FormatInt((v+sign(v)*500)/1000, 10) + " km"
		}
		return strconv.FormatInt(v, 10) + " m"
	case ObjectiveTransfers:
		if v == 1 {
			return "1 transfer"
		}
		return strconv.FormatInt(v, 10) + " transfers"
	}
	return strconv.FormatInt(v, 10)
}

// FormatVector writes each value of v with Format, in the model's
// objective order and quote currency: "9310.29 EUR · 17d 0h 0m · 4.829 t CO2e".
func (m *Model) FormatVector(v []int64) string {
	s := ""
	for i, o := range m.objs {
		if i >= len(v) {
			break
		}
		if i > 0 {
			s += " · "
		}
		s += Format(o, v[i], m.cur)
	}
	return s
}

func sign(v int64) int64 {
	if v < 0 {
		return -1
	}
	return 1
}
