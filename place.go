package vigil

// Place is a resolved location: a gazetteer entry, or a name the text gave that no
// gazetteer holds, with the country the text put it in.
type Place struct {
	Name       string
	Country    string // ISO alpha-2
	Admin1     string // first-level region name, when known
	Lat, Lon   float64
	HasCoords  bool
	GeonameID  int // 0 when not from GeoNames
	Population int
	Feature    PlaceFeature
}

// PlaceFeature says what kind of place an entry is, which decides how precise an
// event located there is.
type PlaceFeature string

// Place features, from the whole country down to a named spot.
const (
	FeatureCountry PlaceFeature = "country"
	FeatureRegion  PlaceFeature = "region"
	FeatureCity    PlaceFeature = "city"
	FeatureLocal   PlaceFeature = "local" // district, suburb, street or building
)

// PlaceKind is how a place name is used in a sentence.
type PlaceKind string

// Kinds of place mention.
const (
	Literal PlaceKind = "literal" // "in Paris"
	Demonym PlaceKind = "demonym" // "Danish soil": the country
	Metonym PlaceKind = "metonym" // "Tehran said": the state speaking, an actor, not a location
)
