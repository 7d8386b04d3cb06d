//! A collector's bundle: the answers of every member released so far for
//! one pulse, in random order, with no member tokens, and the comments
//! apart from the answers. Readable by anyone who has the pulse (the
//! leader may read it): the anonymity is in the group, not in a key.
//!
//! After the shared header (the set's fingerprint, the pulse id, the
//! nonce): the bundle's number (varint, from 1), the number of members
//! (varint, at least 3), each member's answers (3 bits per statement), the
//! number of members whose comments are released (varint), the number of
//! comments (varint) and each comment.

use crate::domain::formats::share::bits::BitReader;
use crate::domain::formats::share::envelope::{begin_raw, open, read_raw_header, seal, Kind};
use crate::domain::formats::share::pulse::{read_answers, read_comment_text, write_answers};
use crate::domain::formats::share::{Part, ShareError, Unshareable};
use crate::domain::records::pulse::{Pulse, Released};
use crate::domain::rules::pulse::collect::MIN_NEW_IN_BUNDLE;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;

/// The most members one bundle may hold (far above any team).
const MAX_MEMBERS: u32 = 2_000;

/// A bundle as it travels to the leader.
#[derive(Clone, Debug, PartialEq)]
pub struct PulseBundle {
    /// The statements.
    pub set: &'static PulseSet,
    /// The leader's pulse.
    pub pulse_id: String,
    /// The pulse link's nonce.
    pub nonce: u32,
    /// What the collector released.
    pub released: Released,
}

impl PulseBundle {
    /// The code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let released = &self.released;
        if released.answers.len() < MIN_NEW_IN_BUNDLE
            || released.comments.len() > released.comment_members as usize
            || released.comment_members as usize > released.answers.len()
        {
            return Err(ShareError::CannotEncode(Unshareable::BundleTooSmall));
        }
        let mut w = begin_raw(
            Kind::PulseBundle,
            self.set.fingerprint(),
            &self.pulse_id,
            self.nonce,
            false,
        )?;
        w.write_varint(released.bundle);
        w.write_varint(released.answers.len() as u32);
        for answers in &released.answers {
            write_answers(&mut w, self.set, answers)?;
        }
        w.write_varint(released.comment_members);
        w.write_varint(released.comments.len() as u32);
        for comment in &released.comments {
            w.write_str(comment);
        }
        Ok(seal(w))
    }

    /// Reads a bundle's code (or a link that ends with one).
    pub fn decode(code: &str) -> Result<PulseBundle, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let header = read_raw_header(&mut r, Kind::PulseBundle)?;
        let set = PulseSet::find_by_fingerprint(header.fingerprint)
            .ok_or(ShareError::UnknownInstrument)?;
        let bundle = r.read_varint(Part::Bundle)?;
        let members = r.read_varint(Part::Bundle)?;
        if bundle == 0 || !(MIN_NEW_IN_BUNDLE as u32..=MAX_MEMBERS).contains(&members) {
            return Err(ShareError::Malformed(Part::Bundle));
        }
        let answers = (0..members)
            .map(|_| read_answers(&mut r, set))
            .collect::<Result<Vec<_>, _>>()?;
        let comment_members = r.read_varint(Part::Bundle)?;
        let count = r.read_varint(Part::Comment)?;
        if comment_members > members || count > comment_members {
            return Err(ShareError::Malformed(Part::Bundle));
        }
        let comments = (0..count)
            .map(|_| read_comment_text(&mut r))
            .collect::<Result<Vec<_>, _>>()?;
        r.finish()?;
        Ok(PulseBundle {
            set,
            pulse_id: header.id,
            nonce: header.nonce,
            released: Released {
                bundle,
                answers,
                comments,
                comment_members,
            },
        })
    }

    /// Whether this bundle is for `pulse` (the same pulse, link and statements).
    pub fn is_for(&self, pulse: &Pulse) -> bool {
        self.pulse_id == pulse.id && self.nonce == pulse.nonce && self.set.reference() == pulse.set
    }
}
