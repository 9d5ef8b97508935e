package data

// Approximate reports whether the precision places the fact only roughly:
// drawn from a valley or river, a wide region, or schematic between known
// ends. Point and town precisions are exact enough to be unmarked.
func (p Precision) Approximate() bool {
	switch p {
	case PrecisionValley, PrecisionRegion, PrecisionSchematic:
		return true
	}
	return false
}

// Title explains the precision for a panel or an export in lang ("en" or
// "es"; anything else gets English): "exact spot", "approximate: drawn
// from the named region" ... An unknown precision gets its own name.
func (p Precision) Title(lang string) string {
	var w words
	switch p {
	case PrecisionPoint:
		w = words{"exact spot", "lugar exacto"}
	case PrecisionTown:
		w = words{"placed at the town", "ubicado en la localidad"}
	case PrecisionValley:
		w = words{"approximate: drawn from the named valley or river", "aproximado: dibujado a partir del valle o río mencionado"}
	case PrecisionRegion:
		w = words{"approximate: drawn from the named region", "aproximado: dibujado a partir de la región mencionada"}
	case PrecisionSchematic:
		w = words{"schematic: only the endpoints are known", "esquemático: solo se conocen los extremos"}
	default:
		return string(p)
	}
	return w.in(lang)
}
