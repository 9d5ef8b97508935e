package main

import (
	"fmt"
	"math"
)

// etopo5 is NOAA's ETOPO5 global relief (5 arc-minutes, metres, sea
// depths negative) as Debian's ferret-datasets ships it: variable ROSE on
// 2161 latitudes from -90 and 4320 longitudes from 0. The stored
// longitudes drift from the exact 1/12 degree spacing, so positions are
// computed, not read.
type etopo5 struct{ z []float64 }

const (
	etopoLons = 4320
	etopoLats = 2161
)

func readETOPO5(path string) (*etopo5, error) {
	nc, err := openNetCDF(path)
	if err != nil {
		return nil, fmt.Errorf("%w (apt-get install ferret-datasets)", err)
	}
	defer nc.Close()
	v, z, err := nc.floats("ROSE")
	if err != nil {
		return nil, err
	}
	if len(v.dims) != 2 || v.dims[0] != etopoLats || v.dims[1] != etopoLons {
		return nil, fmt.Errorf("%s: ROSE has shape %v, want [%d %d]", path, v.dims, etopoLats, etopoLons)
	}
	for i, e := range z {
		if math.IsNaN(e) || e < -12000 || e > 9000 {
			return nil, fmt.Errorf("%s: ROSE sample %d is %g", path, i, e)
		}
	}
	return &etopo5{z: z}, nil
}

// at returns the sample at grid index i (longitude i/12 east of 0) and j
// (latitude -90+j/12).
func (e *etopo5) at(i, j int) float64 {
	i = ((i % etopoLons) + etopoLons) % etopoLons
	return e.z[j*etopoLons+i]
}

// bilinear returns the elevation at lon, lat.
func (e *etopo5) bilinear(lon, lat float64) float64 {
	x, y := lon*12, (lat+90)*12
	i, j := int(math.Floor(x)), min(int(math.Floor(y)), etopoLats-2)
	fx, fy := x-float64(i), y-float64(j)
	top := e.at(i, j) + (e.at(i+1, j)-e.at(i, j))*fx
	bot := e.at(i, j+1) + (e.at(i+1, j+1)-e.at(i, j+1))*fx
	return top + (bot-top)*fy
}

func expNeg(x float64) float64 { return math.Exp(-x) }
