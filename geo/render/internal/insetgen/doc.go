// Command insetgen writes the South America outlines of the export's inset
// map (geo/render/inset_data.go) from Natural Earth admin-0 countries at
// 1:50m as packaged by npm world-atlas (public domain), simplified to about
// 3 km. Run it through go generate in geo/render after `npm ci` in
// data/prep.
//
// It runs through go generate; nothing of the atlas imports it.
package main
