// Package xyz owns the online basemaps: HTTP XYZ tile providers
// (OpenStreetMap, OpenTopoMap, Esri World Imagery and custom URL
// templates), the tiles.Source that fetches them politely, and the disk
// cache behind it.
//
// A Source is the only network client for tiles in the application. It
// has its own http.Client with dial, TLS, header and per-request
// timeouts; it names the application and its version in the User-Agent;
// it bounds concurrent connections per provider; it retries 429 and 5xx
// answers with exponential backoff and jitter, honouring Retry-After; and
// it fetches only the tiles it is asked for (no prefetch, no bulk
// download, no a/b/c shards).
//
// The DiskCache stores each tile at <root>/<providerID>/<z>/<x>/<y>, the
// layout go-staticmaps' TileCache reads, with a JSON sidecar
// <y>.meta holding the validators (ETag, Last-Modified) and the expiry
// computed from Cache-Control or Expires (DefaultTTL, seven days, when
// the server sends neither). Fresh tiles are served with no request,
// stale ones are revalidated with If-None-Match / If-Modified-Since, and
// when the network fails a stale tile is served and reported in Status.
//
// For exports, StaticMapsProvider, TilesForTransformer, FillCache and
// MissingTiles let an sm.Context render from the same cache with
// SetOnline(false) and let the caller report any tile that is missing
// instead of writing holes silently.
package xyz
