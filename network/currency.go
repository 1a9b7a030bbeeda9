package network

import (
	"fmt"
	"strings"
)

// Currency is an ISO 4217 alphabetic code such as "CNY", "USD" or "EUR".
// The network only names currencies; converting between them is the cost
// package's job.
type Currency string

// MinorUnits returns the number of decimals of the currency's minor unit
// (2 for USD, 0 for JPY and VND, 3 for KWD) and whether the code is known.
func (c Currency) MinorUnits() (int, bool) {
	d, ok := iso4217[c]
	return int(d), ok
}

// Valid reports whether c is a known ISO 4217 code.
func (c Currency) Valid() bool { _, ok := iso4217[c]; return ok }

// ParseCurrency reads an ISO 4217 code, case-insensitively.
func ParseCurrency(s string) (Currency, error) {
	c := Currency(strings.ToUpper(strings.TrimSpace(s)))
	if !c.Valid() {
		return "", fmt.Errorf("%w %q", ErrUnknownCurrency, s)
	}
	return c, nil
}

// iso4217 maps active ISO 4217 codes to their minor-unit exponent, from the
// ISO 4217 list one (SIX Financial Information, amendment 178, 2024). Codes
// without a minor unit (precious metals, testing codes) are left out on
// purpose: nothing is priced in them.
var iso4217 = func() map[Currency]uint8 {
	m := make(map[Currency]uint8, 180)
	two := "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD " +
		"CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ " +
		"GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA " +
		"MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR " +
		"RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD " +
		"TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWG"
	for _, c := range strings.Fields(two) {
		m[Currency(c)] = 2
	}
	for _, c := range strings.Fields("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF") {
		m[Currency(c)] = 0
	}
	for _, c := range strings.Fields("BHD IQD JOD KWD LYD OMR TND") {
		m[Currency(c)] = 3
	}
	for _, c := range strings.Fields("CLF UYW") {
		m[Currency(c)] = 4
	}
	return m
}()
