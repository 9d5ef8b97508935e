package i18n

import (
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/perutraffickingatlas/atlas/data"
)

func TestSpanishSwitch(t *testing.T) {
	test.NewTempApp(t)
	t.Cleanup(func() { Setup(English) })
	got, err := Setup(Spanish)
	if err != nil || got != Spanish {
		t.Fatalf("Setup(es) = %q, %v", got, err)
	}
	if l := lang.L("Layers"); l != "Capas" {
		t.Errorf("Layers in Spanish = %q, want Capas", l)
	}
	if Current() != Spanish {
		t.Error("Current is not Spanish after switching")
	}
	f := data.Feature{Name: "Upper Huallaga valley", NameES: "Alto Huallaga", Summary: "English.", SummaryES: "Español."}
	if FeatureName(f) != "Alto Huallaga" || FeatureSummary(f) != "Español." {
		t.Errorf("Spanish name and summary: %q, %q", FeatureName(f), FeatureSummary(f))
	}
	if _, err := Setup(English); err != nil {
		t.Fatal(err)
	}
	if l := lang.L("Layers"); l != "Layers" {
		t.Errorf("Layers after switching back = %q", l)
	}
	if FeatureName(f) != "Upper Huallaga valley" {
		t.Errorf("English name: %q", FeatureName(f))
	}
}
