package main

// writeFiles writes the GeoJSON, map and chart of every pair with a front
// into the -out directory.
func (r *request) writeFiles(fronts []front) error { return nil }
