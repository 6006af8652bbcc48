package main

import (
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph/outputs/anonymize"
	"github.com/tiesnet/ties/importers"
)

// With --anonymize no name, id or e-mail address of a person is in any
// output, also where the user's own free text names them (a tie's type, a
// network's purpose or organiser) or a small people file has an e-mail
// column.
func TestAnonymizeHidesContactDetailsAndFreeText(t *testing.T) {
	in := inputOptions{
		People: writeFile(t, "people.csv", "id,name,organization,profession,email\n"+
			"zz.ego,Quentin Egoperson,Alpha,eng,quentin@alpha.example\n"+
			"zz.alice,Alicia Uniquename,Beta,des,alicia@beta.example\n"+
			"zz.bob,Roberto Rarename,Gamma,res,roberto@gamma.example\n"+
			"zz.cat,Catarina Oddname,Beta,eng,\n"),
		Ties: writeFile(t, "ties.csv", "source,target,weight,type\nzz.ego,zz.alice,1,advice from Alicia Uniquename\n"+
			"zz.alice,zz.bob,1,\nzz.bob,zz.cat,1,\nzz.ego,zz.cat,2,lunch\n"),
		Memberships: writeFile(t, "memberships.csv", "person_id,network,role\nzz.ego,N2,\nzz.cat,N2,\nzz.bob,Fan Club,chair Roberto\nzz.alice,Fan Club,Rarename-Uniquename liaison\n"),
		Networks: writeFile(t, "networks.csv", "network,purpose,organiser\nN2,x,Catarina Oddname\n"+
			"Fan Club,Meet Roberto Rarename,Roberto Rarename\n"),
		Ego: "zz.ego",
	}
	secrets := []string{"Quentin", "Egoperson", "Alicia", "Uniquename", "Roberto", "Rarename", "Catarina", "Oddname",
		"zz.ego", "zz.alice", "zz.bob", "zz.cat", "@alpha", "@beta", "@gamma", ".example"}
	outputs := map[string]func() (string, error){}
	for _, format := range []string{"html", "md"} {
		outputs["report "+format] = func() (string, error) {
			ios, out, _ := testIO()
			err := runReport(&reportOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: format, Anonymize: true})
			return out.String(), err
		}
	}
	for _, view := range []string{"network", "groups"} {
		outputs["render "+view] = func() (string, error) {
			ios, out, _ := testIO()
			parsed, err := runFParsers["render"](ios, []string{"--view", view, "--format", "svg", "--labels", "100", "--anonymize"})
			if err != nil {
				return "", err
			}
			o := parsed.(renderOptions)
			o.Inputs = in
			err = runRender(&o)
			return out.String(), err
		}
	}
	for _, format := range []string{"csv", "json", "graphml", "gexf"} {
		outputs["export "+format] = func() (string, error) {
			ios, out, _ := testIO()
			err := runExport(&exportOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: format, Groups: true, Anonymize: true})
			return out.String(), err
		}
	}
	// --include-column does not bring an e-mail address back into an
	// anonymised output.
	outputs["export csv with the email column included"] = func() (string, error) {
		ios, out, _ := testIO()
		withEmail := in
		withEmail.IncludeColumns = []string{"email"}
		err := runExport(&exportOptions{IO: ios, Inputs: withEmail, analysisFlags: defaultAnalysisFlags(), Format: "csv", Groups: true, Anonymize: true})
		return out.String(), err
	}
	for name, run := range outputs {
		got, err := run()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(got) < 200 {
			t.Errorf("%s: output too short: %q", name, got)
		}
		for _, s := range secrets {
			if strings.Contains(got, s) {
				i := strings.Index(got, s)
				t.Errorf("%s: anonymised output holds %q: …%s…", name, s, got[max(0, i-60):min(len(got), i+60)])
			}
		}
	}
}

// Pseudonyms are keyed: not the plain hash of the id (which anyone with a
// list of ids could compute), the same for the same data in every command
// and run, and keyed by $TIES_ANONYMIZE_KEY when it is set.
func TestPseudonymsKeyed(t *testing.T) {
	in := inputOptions{
		People: writeFile(t, "people.csv", "id,name,country\nquenby-zorbalski,Quenby Zorbalski,SE\nrhi-yxtrand,Rhi Yxtrand,NO\nsal-wux,Sal Wux,DK\n"),
		Ties:   writeFile(t, "ties.csv", "source,target\nquenby-zorbalski,rhi-yxtrand\nrhi-yxtrand,sal-wux\n"),
		Ego:    "quenby-zorbalski",
	}
	export := func() string {
		ios, out, _ := testIO()
		if err := runExport(&exportOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: "csv", Anonymize: true}); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	report := func() string {
		ios, out, _ := testIO()
		if err := runReport(&reportOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: "md", Anonymize: true}); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	plain := anonymize.Pseudonym("rhi-yxtrand", "")
	e1, e2, r := export(), export(), report()
	if strings.Contains(e1, plain) || strings.Contains(r, plain) {
		t.Errorf("the pseudonym is the unkeyed hash of the id, %s", plain)
	}
	if e1 != e2 {
		t.Error("two runs on the same data give other pseudonyms")
	}
	nw, _, err := importers.Load(importers.Options{People: in.People, Ties: in.Ties, Ego: in.Ego})
	if err != nil {
		t.Fatal(err)
	}
	keyed := anonymize.Pseudonym("rhi-yxtrand", pseudonymKey(nw))
	if !strings.Contains(e1, keyed) || !strings.Contains(r, keyed) {
		t.Errorf("export and report do not both name rhi-yxtrand %s", keyed)
	}
	t.Setenv(anonymizeKeyEnv, "my own secret")
	if own := anonymize.Pseudonym("rhi-yxtrand", "my own secret"); !strings.Contains(export(), own) {
		t.Errorf("with %s set, the pseudonym is not %s", anonymizeKeyEnv, own)
	}
}
