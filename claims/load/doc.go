// Package load reads news articles (plain text, Markdown with front
// matter, JSON Lines, HTML) into Documents, with their metadata and a
// table that maps their byte offsets back to lines of the file.
package load
