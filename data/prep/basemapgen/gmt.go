package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// segment is one multisegment record of gmt's text output.
type segment struct {
	Header string
	Level  int // from "Level N" in the header, -1 when absent
	Points orb.LineString
}

var levelRE = regexp.MustCompile(`Level (\d+)`)

// gmtDump runs `gmt coast` with args and parses its multisegment output.
func gmtDump(gmt string, args ...string) ([]segment, error) {
	cmd := exec.Command(gmt, append([]string{"coast", "--GMT_HISTORY=false"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("gmt coast %s: %w: %s", strings.Join(args, " "), err, stderr.String())
	}
	segs, err := parseSegments(out)
	if err != nil {
		return nil, fmt.Errorf("gmt coast %s: %w", strings.Join(args, " "), err)
	}
	return segs, nil
}

func parseSegments(b []byte) ([]segment, error) {
	var segs []segment
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasPrefix(t, ">") {
			s := segment{Header: t, Level: -1}
			if m := levelRE.FindStringSubmatch(t); m != nil {
				s.Level, _ = strconv.Atoi(m[1])
			}
			segs = append(segs, s)
			continue
		}
		if len(segs) == 0 {
			return nil, fmt.Errorf("line %d: data before the first segment header", line)
		}
		f := strings.Fields(t)
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want lon lat, got %q", line, t)
		}
		lon, err1 := strconv.ParseFloat(f[0], 64)
		lat, err2 := strconv.ParseFloat(f[1], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("line %d: bad coordinates %q", line, t)
		}
		s := &segs[len(segs)-1]
		s.Points = append(s.Points, orb.Point{lon, lat})
	}
	return segs, sc.Err()
}

// region formats a bound as a gmt -R option.
func region(b orb.Bound) string {
	return fmt.Sprintf("-R%g/%g/%g/%g", b.Min[0], b.Max[0], b.Min[1], b.Max[1])
}
