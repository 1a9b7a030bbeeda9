package build

import "slices"

// cargoRules says whether leg l carries powered reefer containers and
// whether it refuses dangerous goods, with the sources and notes that say
// why. The research behind it (R* sources) is summarised in the README's
// "Reefer and dangerous goods" section. Where nothing was found the leg
// says so: no reefer power, dangerous goods not refused.
func cargoRules(l *ldef) (reefer, noDG bool, src, notes []string) {
	tagged := func(tag string) bool { return slices.Contains(l.corridors, tag) }
	touches := func(ids ...string) bool { return slices.Contains(ids, l.from) || slices.Contains(ids, l.to) }
	unknownDG := "dangerous goods: no source on this service's rules, not refused (unknown)"
	switch l.mode {
	case rail:
		switch {
		case tagged("CRE"):
			reefer, noDG = true, true
			src = []string{"R1", "R2", "R3", "R10", "R11"}
			notes = append(notes,
				"reefer: cold-chain trains run Chengdu↔Europe, mostly eastbound (R1, R2); reefers run on their own diesel gensets, the trains supply no power (R1, R3); Russia bans the transit of some foods (R1)",
				"dangerous goods refused: China–Europe trains took none until 2023 and since take consumer lithium batteries case by case only (R10, R11)")
			if touches("CNCQI") {
				notes = append(notes, "reefer from Chongqing: no source names the Chongqing train, assumed as on the shared trunk (estimate)")
			}
		case tagged("ILSTC") && touches("CNCQI", "CNCDU", "CNQZH", "CNNIN"):
			reefer, src = true, []string{"R4", "R5"}
			notes = append(notes, "reefer: cold-chain trains run between the Beibu Gulf ports and Chongqing since 2018 (R4); durians landed at Qinzhou go inland by cold-chain train (R5)", unknownDG)
		case tagged("CN-LAOS") && !touches("LATHG", "THNOK", "THBKK"):
			reefer, src = true, []string{"R6", "R7", "R16"}
			notes = append(notes, "reefer: China–Laos cold-chain trains both ways since December 2021, daily Kunming–Vientiane since October 2023 (R6, R7); Chongqing–ASEAN cold-chain trains both ways (R16)", unknownDG)
		case tagged("CN-VIETNAM"):
			reefer, src = true, []string{"R7", "R8", "R9", "R15"}
			notes = append(notes, "reefer: cold-chain trains Kunming–Lao Cai weekly since October 2023 (R7, R15), via Pingxiang (R9), and Vietnamese reefer trains to Dong Dang (R8)", unknownDG)
		default:
			notes = append(notes, "reefer: no source on reefer power on this service, none assumed (unknown)", unknownDG)
		}
	case sea:
		reefer, src = true, []string{"R14"}
		notes = append(notes, "reefer: container ships carry powered reefer slots (general practice, estimate); reefers from Ho Chi Minh City to Qinzhou documented (R14)",
			"dangerous goods: carried under the IMDG Code, not refused (estimate)")
	case barge:
		if tagged("YANGTZE") {
			src = []string{"R12"}
			notes = append(notes, "reefer: no source on reefer plugs on Yangtze container barges, none assumed (unknown)",
				"dangerous goods not refused: the Yangtze River Protection Law of 2021 bans only listed chemicals, some of them in bulk only (R12)")
		} else {
			notes = append(notes, "reefer: no source on reefer plugs on these barges, none assumed (unknown)", unknownDG)
		}
	case road:
		reefer = true
		notes = append(notes, "reefer: container trucks haul reefers on clip-on generator sets (estimate; no source retrieved)",
			"dangerous goods: carried under ADR and national rules, not refused (estimate)")
	case flight:
		src = []string{"R13"}
		notes = append(notes, "reefer: ISO reefer containers do not fly; active temperature-controlled air containers are not modelled",
			"dangerous goods not refused: carried under the IATA Dangerous Goods Regulations, some only on freighters (R13)")
	}
	return reefer, noDG, src, notes
}
