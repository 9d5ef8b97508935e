package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/perutraffickingatlas/atlas/data/textcheck"
	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
)

// maxArticle bounds how much of one article file is read.
const maxArticle = 4 << 20

func main() {
	out := flag.String("o", "data/textcheck/articles.json", "fingerprints file to write")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: articlecheck [-o FILE] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *out); err != nil {
		fmt.Fprintln(os.Stderr, "articlecheck:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	idx, err := build(dir)
	if err != nil {
		return err
	}
	b, err := idx.Marshal()
	if err != nil {
		return err
	}
	if err := atomicfile.Write(out, 0o644, atomicfile.Bytes(b)); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	for _, a := range idx.Articles {
		fmt.Fprintf(os.Stderr, "articlecheck: %s: %d lines\n", a.ID, a.Lines)
	}
	return nil
}

// build fingerprints every regular *.txt file of dir, in name order.
func build(dir string) (*textcheck.Index, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .txt articles", dir)
	}
	sort.Strings(names)
	idx := &textcheck.Index{}
	for _, n := range names {
		text, err := readBounded(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		idx.Articles = append(idx.Articles, textcheck.Build(strings.TrimSuffix(n, ".txt"), text))
	}
	return idx, nil
}

func readBounded(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxArticle+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxArticle {
		return "", fmt.Errorf("%s: larger than %d bytes", name, maxArticle)
	}
	return string(b), nil
}
