// Package segment splits documents into sentences, with their byte
// offsets, lines and roles (body, heading, list item, caption,
// boilerplate), by word tables kept as data in data/*.txt.
package segment
