package change

// Of is how feature id changes, for the tests.
func (d Diff) Of(id string) Kind { return d.kinds[id] }
