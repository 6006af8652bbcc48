package importers

// Placeholder: replaced by the vCard importer.
func (l *loader) readVCard(rep *FileReport, text []byte) error { return nil }
