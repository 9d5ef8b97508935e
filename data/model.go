package data

import (
	"fmt"
	"slices"

	"github.com/paulmach/orb"
)

// Layer names the map layer a Feature belongs to.
type Layer string

// The layers of the atlas.
const (
	LayerCocaZone    Layer = "coca_zone"    // coca growing and cocaine production areas
	LayerSenderoArea Layer = "sendero_area" // Shining Path areas by faction and period
	LayerAirstrip    Layer = "airstrip"     // clandestine airstrips
	LayerAirRoute    Layer = "air_route"    // narco flights, interdiction, no-fly zone
	LayerExitPort    Layer = "exit_port"    // ports cocaine leaves from
	LayerRoute       Layer = "route"        // trafficking routes by land, river and sea
	LayerEvent       Layer = "event"        // dated events: captures, attacks, seizures, laws
	LayerHub         Layer = "hub"          // collection, processing and money hubs
	LayerBase        Layer = "base"         // military and police bases and deployments
)

// Layers lists every known layer in drawing order, areas first.
func Layers() []Layer {
	return []Layer{LayerCocaZone, LayerSenderoArea, LayerAirstrip, LayerAirRoute,
		LayerRoute, LayerExitPort, LayerHub, LayerBase, LayerEvent}
}

// Known reports whether l is one of Layers.
func (l Layer) Known() bool {
	for _, k := range Layers() {
		if l == k {
			return true
		}
	}
	return false
}

// Precision says how exactly a Feature's geometry places the fact.
type Precision string

// The precisions, from exact to schematic.
const (
	PrecisionPoint     Precision = "point"     // an exactly known spot
	PrecisionTown      Precision = "town"      // a gazetteer town or port
	PrecisionValley    Precision = "valley"    // drawn from a named valley or river
	PrecisionRegion    Precision = "region"    // drawn from departments or a wide area
	PrecisionSchematic Precision = "schematic" // only the endpoints are known
)

// Known reports whether p is one of the defined precisions.
func (p Precision) Known() bool {
	switch p {
	case PrecisionPoint, PrecisionTown, PrecisionValley, PrecisionRegion, PrecisionSchematic:
		return true
	}
	return false
}

// Mode is how a route moves goods or people.
type Mode string

// The transport modes. ModeMixed covers routes that change mode on the way;
// ModeUnspecified marks routes whose mode the articles do not give.
const (
	ModeAir         Mode = "air"
	ModeRiver       Mode = "river"
	ModeRoad        Mode = "road"
	ModeFoot        Mode = "foot"
	ModeSea         Mode = "sea"
	ModeMixed       Mode = "mixed"
	ModeUnspecified Mode = "unspecified"
)

// Modes lists the defined modes in the order legends and lists give them:
// by how the goods move, the air first, then the mixed and the unspecified.
func Modes() []Mode {
	return []Mode{ModeAir, ModeRiver, ModeRoad, ModeFoot, ModeSea, ModeMixed, ModeUnspecified}
}

// Known reports whether m is a defined mode; the empty mode is not.
func (m Mode) Known() bool { return slices.Contains(Modes(), m) }

// Figure is a number the articles give, with its unit. Max is set for
// ranges such as "6-10 flights per day" and is zero otherwise. Certainty
// says how firmly the articles give it; empty means stated.
type Figure struct {
	What        string    `json:"what"`
	Value       float64   `json:"value"`
	Max         float64   `json:"max,omitempty"`
	Unit        string    `json:"unit"`
	Approximate bool      `json:"approximate,omitempty"`
	Certainty   Certainty `json:"certainty,omitempty"`
}

// String formats a figure as "what: value[-max] unit".
func (f Figure) String() string {
	v := fmt.Sprintf("%g", f.Value)
	if f.Max != 0 {
		v += fmt.Sprintf("-%g", f.Max)
	}
	if f.Approximate {
		v = "about " + v
	}
	return fmt.Sprintf("%s: %s %s", f.What, v, f.Unit)
}

// Citation points to the place in an article that backs a Feature.
// Source is the article id (its file stem), Locator a section heading,
// paragraph or line range, and Note what the passage supports.
type Citation struct {
	Source  string `json:"source"`
	Locator string `json:"locator"`
	Note    string `json:"note,omitempty"`
}

// Version is one side of a Conflict: a claim and the citations that make it.
// ClaimES is the claim in Spanish; Certainty how firmly its articles make
// it (empty means stated).
type Version struct {
	Claim     string     `json:"claim"`
	ClaimES   string     `json:"claim_es,omitempty"`
	Certainty Certainty  `json:"certainty,omitempty"`
	Citations []Citation `json:"citations"`
}

// Conflict records where the articles disagree about a Feature.
// TopicES is the topic in Spanish.
type Conflict struct {
	Topic    string    `json:"topic"`
	TopicES  string    `json:"topic_es,omitempty"`
	Severity string    `json:"severity,omitempty"` // hard, soft or naming
	Versions []Version `json:"versions"`
}

// Feature is one mapped fact of the atlas.
type Feature struct {
	ID      string
	Layer   Layer
	Name    string
	Kind    string // sub-type within the layer, e.g. "capture", "no_fly_zone", "port"
	Status  string // reported, potential, attempted, historical, interdicted ...
	Faction string // Shining Path faction, for sendero_area and some events
	Mode    Mode   // for routes and air routes
	// ModeAssumed is true when the articles do not state the mode and the
	// map shows a plausible one.
	ModeAssumed   bool
	Destination   string // label of an off-map end, e.g. "Europe"
	DestinationES string // its Spanish translation; see DestinationIn
	Geometry      orb.Geometry
	Period        Period
	Summary       string
	// Claims are the summary's hedged or inferred claims, each with its
	// certainty and citations; plain stated facts have none.
	Claims    []Claim
	Figures   []Figure
	Citations []Citation
	Precision Precision
	// PlaceInferred is true when the geometry puts the fact where the
	// articles do not: an origin, course or outline the atlas chose (an
	// inferred Claim says why). ModeAssumed covers an assumed mode only.
	PlaceInferred bool
	GeoNames      []int // GeoNames ids of the gazetteer places the geometry uses
	Related       []string
	Conflicts     []Conflict
	NameES        string // Spanish name, when translated
	SummaryES     string // Spanish summary, when translated
	File          string // file the feature was read from; not serialised
}

// Source is one article of the bibliography.
type Source struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Author       string `json:"author,omitempty"`
	AuthorNote   string `json:"author_note,omitempty"`
	Venue        string `json:"venue,omitempty"`
	VenueNote    string `json:"venue_note,omitempty"`
	Date         string `json:"date,omitempty"` // ISO date when the text states one
	Year         int    `json:"year"`
	DateInferred bool   `json:"date_inferred"`
	DateNote     string `json:"date_note"`
	Paragraphs   string `json:"paragraphs,omitempty"` // how locators count paragraphs
}
