package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/medmarket/medmarket/compute"
)

const vaultUsage = `Usage: medmarket vault COMMAND [flags] [args]

The vault operator's tools. They open the vault file of the data directory (--data, the same
one serve uses; stop serve first) with its key-encryption key (--vault-kek FILE or
MEDMARKET_VAULT_KEK; by default the key generated into the data directory).

Commands:
  import FILE|DIR...      import FHIR R4 Bundles: .json files (one bundle each) and .ndjson or
                          .jsonl files (one bundle a line), directories searched recursively.
                          Each bundle is one patient, stored whole or not at all; a bundle
                          imported before is skipped, a second bundle for a patient refused.
  generate                make a synthetic cohort: straight into the vault, or with --out DIR
                          as FHIR bundles in .ndjson files that import reads
  list                    print patient handles (REFs), --limit of them
  find SYSTEM|VALUE       print the handle (REF) of the patient imported with this
                          Patient.identifier, e.g. urn:medmarket:synthetic|1-0
  show REF                print a patient's record as JSON (--fhir: as a FHIR bundle)
  log REF                 print a patient's access log: every computation that read them
  erase REF               erase a patient: destroy their data key (crypto-shredding)

Run 'medmarket vault COMMAND -h' for a command's flags.
`

// vaultCmd dispatches the vault operator's subcommands.
func vaultCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, vaultUsage)
		return errors.New("name a vault command")
	}
	cmds := map[string]command{
		"import":   vaultImportCmd,
		"generate": vaultGenerateCmd,
		"find":     vaultFindCmd,
		"list":     vaultListCmd,
		"show":     vaultShowCmd,
		"log":      vaultLogCmd,
		"erase":    vaultEraseCmd,
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, vaultUsage)
		return nil
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprint(stderr, vaultUsage)
		return fmt.Errorf("unknown vault command %q", args[0])
	}
	return cmd(ctx, args[1:], stdout, stderr)
}

// vaultFlags are the flags every vault command takes.
type vaultFlags struct {
	dataDir, kekFile string
	quiet            bool
}

func (f *vaultFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.dataDir, "data", envOr("MEDMARKET_DATA", "medmarket-data"), "data directory holding vault.db; env MEDMARKET_DATA")
	fs.StringVar(&f.kekFile, "vault-kek", "", "file holding the vault key-encryption key (64 hex digits); env MEDMARKET_VAULT_KEK holds the key itself. Default: the key in the data directory, generated if there is none")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress bar")
}

// open opens the data directory's vault for operator tools (no chain: it cannot answer).
func (f *vaultFlags) open() (*compute.Vault, error) {
	if err := os.MkdirAll(f.dataDir, 0o700); err != nil {
		return nil, err
	}
	kek, err := vaultKEK(config{DataDir: f.dataDir, KEKFile: f.kekFile})
	if err != nil {
		return nil, err
	}
	return compute.OpenVault(filepath.Join(f.dataDir, "vault.db"), kek, nil)
}

func (f *vaultFlags) bar(stderr io.Writer, max int64, bytes bool, desc string) *progressbar.ProgressBar {
	return progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetVisibility(!f.quiet),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowBytes(bytes),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(stderr) }),
		progressbar.OptionSetRenderBlankState(true),
	)
}

// maxShownErrors bounds the rejected bundles an import lists.
const maxShownErrors = 50

func vaultImportCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("vault import", flag.ContinueOnError)
	fset.SetOutput(stderr)
	var f vaultFlags
	f.register(fset)
	fset.Usage = func() {
		fmt.Fprintln(stderr, "Usage: medmarket vault import [flags] FILE|DIR...")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		fset.Usage()
		return errors.New("name the bundle files or directories to import")
	}
	files, total, err := bundleFiles(fset.Args())
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("no .json, .ndjson or .jsonl files found")
	}
	v, err := f.open()
	if err != nil {
		return err
	}
	defer v.Close()

	bar := f.bar(stderr, total, true, "importing")
	in := make(chan compute.BundleInput, 64)
	readErr := make(chan error, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(in)
		readErr <- readBundles(ctx, files, in)
	}()
	var imported, dups, rejected int
	start := time.Now()
	err = v.Import(ctx, in, func(o compute.ImportOutcome) {
		bar.Add(o.Bytes)
		switch {
		case o.Err != nil:
			rejected++
			if rejected <= maxShownErrors {
				bar.Clear()
				fmt.Fprintf(stderr, "%s: %v\n", o.Source, importMessage(o.Err))
			}
		case o.Duplicate:
			dups++
		default:
			imported++
		}
		bar.Describe(fmt.Sprintf("importing: %d stored, %d skipped, %d rejected", imported, dups, rejected))
	})
	cancel()
	if rerr := <-readErr; err == nil && rerr != nil && !errors.Is(rerr, context.Canceled) {
		err = rerr
	}
	bar.Finish()
	if rejected > maxShownErrors {
		fmt.Fprintf(stderr, "... and %d more rejected bundles\n", rejected-maxShownErrors)
	}
	d := time.Since(start)
	fmt.Fprintf(stdout, "imported %d patients (%d bundles already imported were skipped, %d rejected) in %.1f s, %.0f bundles/s, into %s\n",
		imported, dups, rejected, d.Seconds(), float64(imported+dups+rejected)/d.Seconds(), filepath.Join(f.dataDir, "vault.db"))
	if err != nil {
		return err
	}
	if rejected == 1 {
		return errors.New("1 bundle was rejected; nothing of it was stored")
	}
	if rejected > 0 {
		return fmt.Errorf("%d bundles were rejected; nothing of them was stored", rejected)
	}
	return nil
}

// importMessage is what an operator reads about a rejected bundle: the bundle error alone,
// without the wrapping of the storage layer.
func importMessage(err error) error {
	var be *compute.BundleError
	if errors.As(err, &be) {
		return be
	}
	return err
}

// bundleFile is one file to import.
type bundleFile struct {
	path    string
	ndjson  bool
	size    int64
	display string
}

// bundleFiles expands the arguments into files to import, in name order within directories.
func bundleFiles(args []string) ([]bundleFile, int64, error) {
	var out []bundleFile
	var total int64
	add := func(path string, explicit bool) error {
		ext := strings.ToLower(filepath.Ext(path))
		nd := ext == ".ndjson" || ext == ".jsonl"
		if !nd && ext != ".json" {
			if explicit {
				return fmt.Errorf("%s: not a .json, .ndjson or .jsonl file", path)
			}
			return nil
		}
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		out = append(out, bundleFile{path: path, ndjson: nd, size: fi.Size(), display: path})
		total += fi.Size()
		return nil
	}
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			return nil, 0, err
		}
		if !fi.IsDir() {
			if err := add(a, true); err != nil {
				return nil, 0, err
			}
			continue
		}
		var paths []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			return nil, 0, err
		}
		slices.Sort(paths)
		for _, p := range paths {
			if err := add(p, false); err != nil {
				return nil, 0, err
			}
		}
	}
	return out, total, nil
}

// readBundles sends every bundle of the files: a .json file whole, an .ndjson file line by
// line (blank lines skipped). A line longer than compute.MaxBundleSize is sent truncated, so
// that its rejection names it.
func readBundles(ctx context.Context, files []bundleFile, in chan<- compute.BundleInput) error {
	send := func(b compute.BundleInput) error {
		select {
		case in <- b:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, f := range files {
		if !f.ndjson {
			if f.size > compute.MaxBundleSize {
				return fmt.Errorf("%s: larger than %d bytes", f.display, compute.MaxBundleSize)
			}
			data, err := os.ReadFile(f.path)
			if err != nil {
				return err
			}
			if err := send(compute.BundleInput{Source: f.display, Data: data}); err != nil {
				return err
			}
			continue
		}
		fh, err := os.Open(f.path)
		if err != nil {
			return err
		}
		r := bufio.NewReaderSize(fh, 1<<20)
		for line := 1; ; line++ {
			data, err := readLine(r)
			if len(bytes.TrimSpace(data)) > 0 {
				if serr := send(compute.BundleInput{Source: fmt.Sprintf("%s:%d", f.display, line), Data: data}); serr != nil {
					fh.Close()
					return serr
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				fh.Close()
				return fmt.Errorf("%s:%d: %w", f.display, line, err)
			}
		}
		fh.Close()
	}
	return nil
}

// readLine reads one line without its newline; at most MaxBundleSize+1 bytes of it are kept.
func readLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line) <= compute.MaxBundleSize {
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if n := len(line); n > 0 && line[n-1] == '\n' {
			line = line[:n-1]
		}
		return line, err
	}
}

func vaultGenerateCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("vault generate", flag.ContinueOnError)
	fset.SetOutput(stderr)
	var f vaultFlags
	f.register(fset)
	out := fset.String("out", "", "write FHIR bundles to this directory (.ndjson files) instead of into the vault")
	n := fset.Int("patients", 1000, "patients to generate")
	seed := fset.Int64("seed", 1, "seed: the same seed gives the same cohort")
	shard := fset.Int("per-file", 10_000, "bundles per .ndjson file, with --out")
	if err := fset.Parse(args); err != nil {
		return err
	}
	if *n < 1 || *shard < 1 {
		return errors.New("--patients and --per-file must be at least 1")
	}
	start := time.Now()
	if *out == "" {
		v, err := f.open()
		if err != nil {
			return err
		}
		defer v.Close()
		bar := f.bar(stderr, int64(2**n), false, "generating (sealed + stored)")
		err = compute.Generate(ctx, v, *n, *seed, func(sealed, stored int) { bar.Set(sealed + stored) })
		bar.Finish()
		if err != nil {
			return err
		}
		d := time.Since(start)
		fmt.Fprintf(stdout, "generated %d synthetic patients (seed %d) into %s in %.1f s, %.0f patients/s\n",
			*n, *seed, filepath.Join(f.dataDir, "vault.db"), d.Seconds(), float64(*n)/d.Seconds())
		return nil
	}

	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	bar := f.bar(stderr, int64(*n), false, "rendering FHIR bundles")
	var (
		fh    *os.File
		w     *bufio.Writer
		files int
		bytes int64
	)
	closeFile := func() error {
		if fh == nil {
			return nil
		}
		err := w.Flush()
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
		fh = nil
		return err
	}
	err := compute.GenerateBundles(ctx, *n, *seed, func(i int, b []byte) error {
		if i%*shard == 0 {
			if err := closeFile(); err != nil {
				return err
			}
			var err error
			fh, err = os.Create(filepath.Join(*out, fmt.Sprintf("bundles-%06d.ndjson", i / *shard)))
			if err != nil {
				return err
			}
			w = bufio.NewWriterSize(fh, 1<<20)
			files++
		}
		w.Write(b)
		bytes += int64(len(b)) + 1
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
		if i%1000 == 999 {
			bar.Add(1000)
		}
		return nil
	})
	if cerr := closeFile(); err == nil {
		err = cerr
	}
	bar.Finish()
	if err != nil {
		return err
	}
	d := time.Since(start)
	fmt.Fprintf(stdout, "wrote %d synthetic patients (seed %d) as FHIR bundles to %d files in %s (%.1f MB) in %.1f s, %.0f patients/s\n",
		*n, *seed, files, *out, float64(bytes)/1e6, d.Seconds(), float64(*n)/d.Seconds())
	fmt.Fprintf(stdout, "import them with: medmarket vault import %s\n", *out)
	return nil
}

// refArg returns the one argument of a command.
func refArg(fset *flag.FlagSet) (string, error) {
	if fset.NArg() != 1 {
		fset.Usage()
		return "", errors.New("give exactly one argument")
	}
	return fset.Arg(0), nil
}

func vaultListCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("vault list", flag.ContinueOnError)
	fset.SetOutput(stderr)
	var f vaultFlags
	f.register(fset)
	limit := fset.Int("limit", 20, "how many handles to print")
	if err := fset.Parse(args); err != nil {
		return err
	}
	v, err := f.open()
	if err != nil {
		return err
	}
	defer v.Close()
	n, err := v.PatientCount(ctx)
	if err != nil {
		return err
	}
	refs, err := v.PatientRefs(ctx, *limit)
	if err != nil {
		return err
	}
	for _, r := range refs {
		fmt.Fprintln(stdout, r)
	}
	fmt.Fprintf(stderr, "%d of %d patients\n", len(refs), n)
	return nil
}

func vaultFindCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("vault find", flag.ContinueOnError)
	fset.SetOutput(stderr)
	var f vaultFlags
	f.register(fset)
	fset.Usage = func() {
		fmt.Fprintln(stderr, "Usage: medmarket vault find [flags] SYSTEM|VALUE")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	id, err := refArg(fset)
	if err != nil {
		return err
	}
	system, value, ok := strings.Cut(id, "|")
	if !ok || system == "" || value == "" {
		return errors.New("give the identifier as SYSTEM|VALUE")
	}
	v, err := f.open()
	if err != nil {
		return err
	}
	defer v.Close()
	r, err := v.PatientByIdentifier(ctx, system, value)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(stdout, r)
	return err
}

func vaultShowCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var asFHIR *bool
	flags := func(fs *flag.FlagSet) {
		asFHIR = fs.Bool("fhir", false, "print the patient's FHIR bundle (as imported, or rendered from the record)")
	}
	return patientCmd("show", args, stderr, flags, func(v *compute.Vault, r string) error {
		return showPatient(ctx, v, r, *asFHIR, stdout)
	})
}

// showPatient prints one patient's record, or their FHIR bundle.
func showPatient(ctx context.Context, v *compute.Vault, r string, asFHIR bool, stdout io.Writer) error {
	if asFHIR {
		b, err := v.Bundle(ctx, r)
		if err != nil {
			return err
		}
		var pretty bytes.Buffer
		if json.Indent(&pretty, b, "", "  ") == nil {
			b = pretty.Bytes()
		}
		_, err = fmt.Fprintf(stdout, "%s\n", b)
		return err
	}
	p, err := v.Patient(ctx, r)
	if err != nil {
		return err
	}
	return printJSON(stdout, patientJSON(p))
}

// patientJSON is a record as the operator's tools print it: dates as dates, and measurements
// not taken left out.
func patientJSON(p *compute.Patient) map[string]any {
	date := func(t time.Time) any {
		if t.IsZero() {
			return nil
		}
		return t.Format(time.DateOnly)
	}
	num := func(x float64) any {
		if x != x { // NaN
			return nil
		}
		return x
	}
	list := func(x []string) any {
		if len(x) == 0 {
			return nil
		}
		return x
	}
	daily := make([]map[string]any, len(p.Daily))
	for i, d := range p.Daily {
		m := map[string]any{"date": date(d.Date), "restingHR": num(d.RestingHR)}
		if d.Steps >= 0 {
			m["steps"] = d.Steps
		}
		if d.SleepMinutes >= 0 {
			m["sleepMinutes"] = d.SleepMinutes
		}
		daily[i] = m
	}
	out := map[string]any{
		"ref": p.Ref, "age": p.Age, "birthDate": date(p.BirthDate), "sex": p.Sex,
		"conditions": list(p.Conditions), "snomed": list(p.Snomed), "rxnorm": list(p.RxNorm), "atc": list(p.ATC),
		"hba1c": num(p.HbA1c), "bmi": num(p.BMI), "systolic": num(p.Systolic), "diastolic": num(p.Diastolic),
		"ldl": num(p.LDL), "steps_daily_mean": num(p.StepsDaily), "resting_hr": num(p.RestingHR),
		"sleep_hours_mean": num(p.SleepHours), "encounters": p.Encounters, "lastEncounter": date(p.LastEncounter),
	}
	if len(daily) > 0 {
		out["daily"] = daily
	}
	if p.Age < 0 {
		out["age"] = nil
	}
	for k, v := range out {
		if v == nil {
			delete(out, k)
		}
	}
	return out
}

// patientCmd runs a vault command that takes one patient handle: it parses the flags, opens
// the vault and calls do with it and the handle.
// extra, when set, adds the command's own flags.
func patientCmd(name string, args []string, stderr io.Writer, extra func(*flag.FlagSet), do func(v *compute.Vault, ref string) error) error {
	fset := flag.NewFlagSet("vault "+name, flag.ContinueOnError)
	fset.SetOutput(stderr)
	var f vaultFlags
	f.register(fset)
	if extra != nil {
		extra(fset)
	}
	fset.Usage = func() {
		fmt.Fprintf(stderr, "Usage: medmarket vault %s [flags] REF\n", name)
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	r, err := refArg(fset)
	if err != nil {
		return err
	}
	v, err := f.open()
	if err != nil {
		return err
	}
	defer v.Close()
	return do(v, r)
}

func vaultLogCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return patientCmd("log", args, stderr, nil, func(v *compute.Vault, r string) error {
		log, err := v.AccessLog(ctx, r)
		if err != nil {
			return err
		}
		return printJSON(stdout, log)
	})
}

func vaultEraseCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return patientCmd("erase", args, stderr, nil, func(v *compute.Vault, r string) error {
		if err := v.Erase(ctx, r); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "erased patient %s: their data key is destroyed and their record, daily summaries, bundle and access log are unreadable\n", r)
		return nil
	})
}
