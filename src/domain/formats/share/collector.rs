//! The collector link: a collector's offer to a leader, carrying their
//! record id, name and public key. After the version and kind: the id
//! (16 × 5 bits), the name, and the raw P-256 public key (65 bytes).
//! A pulse link started with a collector carries the same three fields
//! after the leader's name (see [`super::pulse`]).

use crate::domain::formats::share::bits::{BitReader, BitWriter};
use crate::domain::formats::share::envelope::{
    begin_bare, open, read_id, read_kind, read_label, seal, write_id, Kind,
};
use crate::domain::formats::share::{Part, ShareError, Unshareable};
use crate::domain::records::pulse::{CollectorRef, PUBLIC_KEY_BYTES};

/// A collector's link, sent to the leaders whose team's answers they collect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectorLink {
    /// The collector.
    pub collector: CollectorRef,
}

impl CollectorLink {
    /// The link's code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let mut w = begin_bare(Kind::CollectorLink);
        write_collector(&mut w, &self.collector)?;
        Ok(seal(w))
    }

    /// Reads a collector link's code.
    pub fn decode(code: &str) -> Result<CollectorLink, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        read_kind(&mut r, &[Kind::CollectorLink])?;
        let collector = read_collector(&mut r)?;
        r.finish()?;
        Ok(CollectorLink { collector })
    }
}

/// Writes a collector's id, name and public key.
pub fn write_collector(w: &mut BitWriter, collector: &CollectorRef) -> Result<(), ShareError> {
    if !CollectorRef::key_is_well_formed(&collector.public_key) {
        return Err(ShareError::CannotEncode(Unshareable::CollectorKey));
    }
    write_id(w, &collector.id)?;
    w.write_str(&collector.name);
    w.write_bytes(&collector.public_key);
    Ok(())
}

/// Reads what [`write_collector`] wrote.
pub fn read_collector(r: &mut BitReader) -> Result<CollectorRef, ShareError> {
    let id = read_id(r)?;
    let name = read_label(r, Part::CollectorName)?;
    let public_key = r.read_bytes(PUBLIC_KEY_BYTES, Part::CollectorKey)?;
    if !CollectorRef::key_is_well_formed(&public_key) {
        return Err(ShareError::Malformed(Part::CollectorKey));
    }
    Ok(CollectorRef {
        id,
        name,
        public_key,
    })
}
