package importers

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// LinkedIn sends its full data export as a .zip ("Get a copy of your
// data"); --people takes the zip, or the folder it unpacks to. Besides
// Connections.csv, ties reads the files that say who wrote to, invited,
// endorsed or recommended whom (docs/linkedin-archive.md); every other file
// is ignored. Message bodies, subjects, invitation notes and recommendation
// texts are never kept.

// archive is an opened LinkedIn export: its files by lower-case base name.
type archive struct {
	path  string            // as the user named it
	files map[string]string // lower-case base name → name inside
	read  func(name string) ([]byte, error)
}

// zipMagic starts every zip file.
var zipMagic = []byte("PK\x03\x04")

// maxArchiveFile bounds one file read from a zip (a zip can claim any
// size; a real messages.csv is a few megabytes).
const maxArchiveFile = 512 << 20

// openArchive opens path as a LinkedIn archive when it is a folder or a
// zip; it returns nil, nil for anything else.
func (l *loader) openArchive(p string) (*archive, error) {
	var fi fs.FileInfo
	var err error
	if l.opt.FS != nil {
		fi, err = fs.Stat(l.opt.FS, p)
	} else {
		fi, err = os.Stat(p)
	}
	if err != nil {
		return nil, nil // readFile reports it
	}
	if fi.IsDir() {
		return l.openArchiveDir(p)
	}
	// A zip is known by its first bytes, whatever its name: a browser or
	// a mail program may drop the .zip.
	isZip := strings.EqualFold(path.Ext(p), ".zip")
	if !isZip {
		if isZip, err = l.startsWith(p, zipMagic); err != nil || !isZip {
			return nil, nil // readFile reports a file that cannot be read
		}
	}
	raw, err := l.readFile(p)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(raw, zipMagic) {
		return nil, &Error{Path: p, Msg: "not a zip file", Hint: "give LinkedIn's export as it came (the .zip), or the folder it unpacks to"}
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, &Error{Path: p, Msg: fmt.Sprintf("cannot read the zip: %v", err), Err: err,
			Hint: "download the export again, or unpack it and give the folder"}
	}
	if err := notASpreadsheet(p, zr.File); err != nil {
		return nil, err
	}
	a := &archive{path: p, files: map[string]string{}}
	byName := map[string]*zip.File{}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		// The files sit at the zip's root; a top folder is allowed too.
		if depth := strings.Count(strings.Trim(f.Name, "/"), "/"); depth > 1 {
			continue
		}
		base := strings.ToLower(path.Base(f.Name))
		if _, ok := a.files[base]; !ok || !strings.Contains(f.Name, "/") {
			a.files[base] = f.Name
			byName[f.Name] = f
		}
	}
	a.read = func(name string) ([]byte, error) {
		f := byName[name]
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxArchiveFile+1))
		if err != nil {
			return nil, err
		}
		if len(b) > maxArchiveFile {
			return nil, fmt.Errorf("%s is larger than %d MB", name, maxArchiveFile>>20)
		}
		return b, nil
	}
	return a, nil
}

// startsWith reports whether the file p starts with prefix.
func (l *loader) startsWith(p string, prefix []byte) (bool, error) {
	f, err := l.openPath(p)
	if err != nil {
		return false, err
	}
	defer f.Close()
	b := make([]byte, len(prefix))
	n, err := io.ReadFull(f, b)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return false, err
	}
	return bytes.Equal(b[:n], prefix), nil
}

// notASpreadsheet refuses a zip that is an Office document (an Excel
// .xlsx is a zip) rather than a LinkedIn archive, saying how to get a CSV
// file from it.
func notASpreadsheet(p string, files []*zip.File) error {
	office := false
	for _, f := range files {
		if strings.HasPrefix(f.Name, "xl/") {
			return officeError(p, true)
		}
		if strings.HasPrefix(f.Name, "Index/") && strings.HasSuffix(f.Name, ".iwa") {
			return numbersError(p)
		}
		office = office || f.Name == "[Content_Types].xml"
	}
	if office {
		return officeError(p, false)
	}
	return nil
}

// officeKind says, from the head of a file that starts as a zip does,
// whether it is an Excel workbook or another Office document (the names
// of a zip's files are written in clear before their contents).
func officeKind(head []byte) (office, excel bool) {
	excel = bytes.Contains(head, []byte("xl/workbook.xml")) || bytes.Contains(head, []byte("xl/worksheets/"))
	return excel || bytes.Contains(head, []byte("[Content_Types].xml")), excel
}

// oleMagic starts an Excel 97-2003 workbook (.xls) and other old Office
// documents (OLE2 compound files): the bytes D0 CF 11 E0 A1 B1 1A E1 as
// the head of an input reads them once decoded (as Windows-1252, since
// they are no UTF-8).
const oleMagic = "\u00d0\u00cf\x11\u00e0\u00a1\u00b1\x1a\u00e1"

// numbersError says how to turn an Apple Numbers document into a CSV file.
func numbersError(p string) error {
	return &Error{Path: p, Msg: "an Apple Numbers document, not a CSV file",
		Hint: "export it as CSV (File > Export To > CSV) and pass the .csv"}
}

// officeError says how to turn an Excel workbook (or another Office
// document) into a file ties reads.
func officeError(p string, excel bool) error {
	if excel {
		return &Error{Path: p, Msg: "an Excel workbook, not a CSV file",
			Hint: "save it as CSV (File > Save As > CSV UTF-8) and pass the .csv"}
	}
	return &Error{Path: p, Msg: "an Office document, not a CSV file or a LinkedIn archive",
		Hint: "save the table as CSV (in Excel: File > Save As > CSV UTF-8) and pass the .csv"}
}

// openArchiveDir opens an unpacked export.
func (l *loader) openArchiveDir(dir string) (*archive, error) {
	var es []fs.DirEntry
	var err error
	if l.opt.FS != nil {
		es, err = fs.ReadDir(l.opt.FS, dir)
	} else {
		es, err = os.ReadDir(dir)
	}
	if err != nil {
		return nil, &Error{Path: dir, Msg: fmt.Sprintf("cannot read the folder: %v", unwrapPath(err)), Err: err}
	}
	a := &archive{path: dir, files: map[string]string{}}
	for _, e := range es {
		if !e.IsDir() {
			a.files[strings.ToLower(e.Name())] = e.Name()
		}
	}
	a.read = func(name string) ([]byte, error) {
		var b []byte
		var err error
		if l.opt.FS != nil {
			b, err = fs.ReadFile(l.opt.FS, path.Join(dir, name))
		} else {
			b, err = os.ReadFile(filepath.Join(dir, name))
		}
		l.counted(len(b))
		return b, err
	}
	return a, nil
}

// file returns the named file's bytes and the path to report it by, or
// nil when the archive has no such file.
func (a *archive) file(base string) ([]byte, string, error) {
	name, ok := a.files[strings.ToLower(base)]
	if !ok {
		return nil, "", nil
	}
	b, err := a.read(name)
	where := a.path + ":" + name
	if err != nil {
		return nil, where, &Error{Path: where, Msg: fmt.Sprintf("cannot read it: %v", err), Err: err}
	}
	return b, where, nil
}

// errNoConnections: an archive without Connections.csv.
var errNoConnections = errors.New("no Connections.csv in the archive")

// readArchive reads a LinkedIn archive: Connections.csv as a contact
// export, then the files of directed ties.
func (l *loader) readArchive(a *archive) error {
	raw, where, err := a.file("Connections.csv")
	if err != nil {
		return err
	}
	if raw == nil {
		return &Error{Path: a.path, Msg: errNoConnections.Error(), Err: errNoConnections,
			Hint: "give LinkedIn's data export (it holds Connections.csv), or Connections.csv itself"}
	}
	saved := l.opt.PeopleFormat
	l.opt.PeopleFormat = FormatLinkedIn
	in, err := bytesInput(where, raw)
	if err == nil {
		err = l.readPeopleFile(in)
	}
	l.opt.PeopleFormat = saved
	if err != nil {
		return err
	}
	f := l.rep.Files[len(l.rep.Files)-1]
	noteEncoding(f, in)
	if f.Imported == 0 {
		return nothingImported(f)
	}
	return l.readArchiveTies(a)
}
