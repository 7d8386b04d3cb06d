//! A team member's code sealed for the collector. The outside says only
//! which pulse it is for and which collector key opens it; the answers are
//! opaque bytes here, sealed and opened by the browser's WebCrypto (ECDH
//! P-256 with a fresh key per code, HKDF-SHA-256, AES-GCM with the outside
//! as associated data, so a sealed answer cannot be moved to another pulse).
//!
//! After the shared header (the set's fingerprint, the pulse id, the
//! nonce): the collector key's tag (32 bits), the code's own public key
//! (65 bytes), the AES-GCM nonce (12 bytes), and the sealed bytes (varint
//! length, bytes). Sealed inside: the leader's name, 1 bit and a trainer's
//! set if it is one (the collector may not have it), the member token, the
//! answers and the comment, as in [`super::pulse`].

use crate::domain::formats::share::bits::{BitReader, BitWriter};
use crate::domain::formats::share::envelope::{
    begin_raw, open, read_carried, read_label, read_raw_header, seal, write_carried, Kind,
};
use crate::domain::formats::share::pulse::{
    read_answers, read_comment, write_answers, write_comment,
};
use crate::domain::formats::share::{Part, ShareError};
use crate::domain::records::pulse::{Member, PulseResponse, PUBLIC_KEY_BYTES};
use crate::domain::rules::pulse::collect::PulseOfCode;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;

/// Bytes in an AES-GCM nonce.
pub const IV_BYTES: usize = 12;
/// Bytes AES-GCM adds (its tag).
pub const TAG_BYTES: usize = 16;
/// The most sealed bytes a code may hold (a trainer's set and a long comment fit).
const MAX_SEALED_BYTES: usize = 12 * 1024;

/// A member's sealed code as it travels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedPulseCode {
    /// The pulse's statements, by fingerprint (the collector may learn a
    /// trainer's set from inside).
    pub set_fingerprint: u32,
    /// The leader's pulse.
    pub pulse_id: String,
    /// The pulse link's nonce.
    pub nonce: u32,
    /// Which collector key opens it ([`crate::domain::records::pulse::CollectorRef::key_tag`]).
    pub key_tag: u32,
    /// The code's own public key, raw P-256: fresh for every code.
    pub ephemeral_key: Vec<u8>,
    /// The AES-GCM nonce.
    pub iv: Vec<u8>,
    /// The sealed answers (AES-GCM output, tag included).
    pub sealed: Vec<u8>,
}

impl SealedPulseCode {
    /// The bytes before the sealed ones: what AES-GCM authenticates.
    pub fn associated_data(&self) -> Result<Vec<u8>, ShareError> {
        Ok(self.outside()?.into_bytes())
    }

    fn outside(&self) -> Result<BitWriter, ShareError> {
        let mut w = begin_raw(
            Kind::SealedPulseCode,
            self.set_fingerprint,
            &self.pulse_id,
            self.nonce,
            false,
        )?;
        w.write(self.key_tag, 32);
        w.write_bytes(&self.ephemeral_key);
        w.write_bytes(&self.iv);
        Ok(w)
    }

    /// The code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let mut w = self.outside()?;
        w.write_varint(self.sealed.len() as u32);
        w.write_bytes(&self.sealed);
        Ok(seal(w))
    }

    /// Reads a sealed code (or a link that ends with one).
    pub fn decode(code: &str) -> Result<SealedPulseCode, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let header = read_raw_header(&mut r, Kind::SealedPulseCode)?;
        let key_tag = r.read(32, Part::Sealed)?;
        let ephemeral_key = r.read_bytes(PUBLIC_KEY_BYTES, Part::Sealed)?;
        if ephemeral_key.first() != Some(&4) {
            return Err(ShareError::Malformed(Part::Sealed));
        }
        let iv = r.read_bytes(IV_BYTES, Part::Sealed)?;
        let len = r.read_varint(Part::Sealed)? as usize;
        if !(TAG_BYTES..=MAX_SEALED_BYTES).contains(&len) {
            return Err(ShareError::Malformed(Part::Sealed));
        }
        let sealed = r.read_bytes(len, Part::Sealed)?;
        r.finish()?;
        Ok(SealedPulseCode {
            set_fingerprint: header.fingerprint,
            pulse_id: header.id,
            nonce: header.nonce,
            key_tag,
            ephemeral_key,
            iv,
            sealed,
        })
    }

    /// Reads the opened (decrypted) bytes: which pulse, and the member's
    /// answers. A trainer's set inside is learned through its checker.
    pub fn read_opened(&self, opened: &[u8]) -> Result<(PulseOfCode, Member), ShareError> {
        let mut r = BitReader::new(opened);
        let leader = read_label(&mut r, Part::LeaderName)?;
        let set: &'static PulseSet = if r.read(1, Part::QuestionSet)? == 1 {
            read_carried::<PulseSet>(&mut r, self.set_fingerprint)?
        } else {
            PulseSet::find_by_fingerprint(self.set_fingerprint)
                .filter(|set| set.is_builtin())
                .ok_or(ShareError::UnknownInstrument)?
        };
        let token = r.read(32, Part::Member)?;
        let answers = read_answers(&mut r, set)?;
        let comment = read_comment(&mut r)?;
        r.finish()?;
        Ok((
            PulseOfCode {
                pulse_id: self.pulse_id.clone(),
                nonce: self.nonce,
                set: set.reference(),
                leader,
            },
            Member {
                token,
                response: PulseResponse { answers, comment },
            },
        ))
    }
}

/// The bytes to seal for the collector: the leader's name, a trainer's set
/// (never the built-in one), the member token, the answers and the comment.
pub fn answers_to_seal(
    leader: &str,
    set: &PulseSet,
    member: u32,
    response: &PulseResponse,
) -> Result<Vec<u8>, ShareError> {
    let mut w = BitWriter::default();
    w.write_str(leader);
    if set.is_builtin() {
        w.write(0, 1);
    } else {
        w.write(1, 1);
        write_carried(&mut w, set)?;
    }
    w.write(member, 32);
    write_answers(&mut w, set, &response.answers)?;
    write_comment(&mut w, response.comment.as_deref());
    Ok(w.into_bytes())
}
