package network

import "strings"

// iso3166 holds the ISO 3166-1 alpha-2 codes officially assigned (249, as of
// the 2024 edition), plus "XK" (Kosovo), which UN/LOCODE uses as a
// user-assigned code.
var iso3166 = func() map[string]bool {
	const codes = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
		"CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
		"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
		"KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
		"NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
		"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
		"UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK"
	m := make(map[string]bool, 250)
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

// ValidCountry reports whether c is an ISO 3166-1 alpha-2 code (upper case).
func ValidCountry(c string) bool { return iso3166[c] }

// CheckLOCODE checks the form of a UN/LOCODE: a two-letter ISO 3166 country
// code followed by three characters from A–Z and 2–9 (UN/ECE
// Recommendation 16 leaves out 0 and 1 so they are not read as O and I).
// Spaces between the parts ("CN CQI") are not accepted: IDs are compact.
func CheckLOCODE(code string) error {
	if len(code) != 5 {
		return errorf(ErrInvalidLocode, "%q is not 5 characters", code)
	}
	if !iso3166[code[:2]] {
		return errorf(ErrInvalidLocode, "%q does not start with an ISO 3166 country code", code)
	}
	for _, c := range []byte(code[2:]) {
		if !('A' <= c && c <= 'Z' || '2' <= c && c <= '9') {
			return errorf(ErrInvalidLocode, "%q: location part must be A-Z or 2-9", code)
		}
	}
	return nil
}

// looksLikeLOCODE reports whether an ID claims to be a UN/LOCODE: five
// characters, the first two upper-case letters, all letters or digits.
func looksLikeLOCODE(id string) bool {
	if len(id) != 5 {
		return false
	}
	for i, c := range []byte(id) {
		isUpper := 'A' <= c && c <= 'Z'
		if i < 2 && !isUpper || !isUpper && !('0' <= c && c <= '9') {
			return false
		}
	}
	return true
}
