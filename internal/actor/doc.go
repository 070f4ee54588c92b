// Package actor turns named-entity mentions into actors: people,
// organisations and places merged across name variants, with roles and
// affiliations, within one story and across the archive.
package actor
