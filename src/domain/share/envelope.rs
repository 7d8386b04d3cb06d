//! The outside of every code: header, checksum and base64url text.

use super::bits::{BitReader, BitWriter};
use super::{ShareError, MAX_CODE_CHARS};
use crate::domain::ids::{id_from_values, id_values, ID_LEN};
use crate::domain::instrument::Instrument;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// What a code carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The leader's invitation to the manager.
    Invitation = 1,
    /// The manager's answers, going back to the leader.
    Response = 2,
    /// A trainer's cohort link, handed to every participant.
    CohortLink = 3,
    /// A participant's anonymous answers, going back to the trainer.
    CohortCode = 4,
}

/// The fields every code starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    /// The questions (resolved from the fingerprint).
    pub instrument: &'static Instrument,
    /// The assessment this code belongs to (for cohort codes: the cohort).
    pub assessment_id: String,
    /// The invitation's (or cohort's) random nonce, echoed by the answer.
    pub nonce: u32,
}

/// Starts a code: writes the header.
pub fn begin(kind: Kind, header: &Header) -> Result<BitWriter, ShareError> {
    let values = id_values(&header.assessment_id)
        .ok_or(ShareError::CannotEncode("its id was not made by this app"))?;
    let mut w = BitWriter::default();
    w.write(FORMAT_VERSION, 4);
    w.write(kind as u32, 4);
    w.write(header.instrument.fingerprint(), 32);
    for v in values {
        w.write(u32::from(v), 5);
    }
    w.write(header.nonce, 32);
    Ok(w)
}

/// Finishes a code: appends the checksum and turns it into text.
pub fn seal(writer: BitWriter) -> String {
    let mut bytes = writer.into_bytes();
    let crc = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Checks a code's text and checksum; returns the message without the checksum.
pub fn open(code: &str) -> Result<Vec<u8>, ShareError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if code.len() > MAX_CODE_CHARS {
        return Err(ShareError::TooLong);
    }
    if !code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ShareError::NotACode);
    }
    // Strict base64: a cut in the wrong place or stray trailing bits fail here.
    let mut bytes = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| ShareError::Damaged)?;
    if bytes.len() < 5 {
        return Err(ShareError::Damaged);
    }
    let split = bytes.len() - 4;
    let expected = u32::from_be_bytes([
        bytes[split],
        bytes[split + 1],
        bytes[split + 2],
        bytes[split + 3],
    ]);
    bytes.truncate(split);
    if crc32fast::hash(&bytes) != expected {
        return Err(ShareError::Damaged);
    }
    Ok(bytes)
}

/// Reads the header, checking the version and the kind.
pub fn read_header(r: &mut BitReader, kind: Kind) -> Result<Header, ShareError> {
    let version = r.read(4, "version")?;
    if version != FORMAT_VERSION {
        return Err(if version > FORMAT_VERSION {
            ShareError::NewerFormat(version as u8)
        } else {
            ShareError::Malformed("version")
        });
    }
    if r.read(4, "kind")? != kind as u32 {
        return Err(ShareError::WrongKind);
    }
    let instrument = Instrument::find_by_fingerprint(r.read(32, "question set")?)
        .ok_or(ShareError::UnknownInstrument)?;
    let values = (0..ID_LEN)
        .map(|_| r.read(5, "assessment id").map(|v| v as u8))
        .collect::<Result<Vec<u8>, _>>()?;
    let assessment_id = id_from_values(&values).ok_or(ShareError::Malformed("assessment id"))?;
    let nonce = r.read(32, "nonce")?;
    Ok(Header {
        instrument,
        assessment_id,
        nonce,
    })
}

/// The code in whatever was pasted: a bare code, or a whole link whose
/// fragment ends with it (`…#/response/CODE`).
pub fn code_in(text: &str) -> &str {
    let text = text.trim();
    let fragment = text.rsplit_once('#').map(|(_, f)| f).unwrap_or(text);
    fragment.rsplit('/').next().unwrap_or(fragment).trim()
}

/// Reads a label and insists it is in cleaned form, so decoding is exact.
pub fn read_label(r: &mut BitReader, what: &'static str) -> Result<String, ShareError> {
    let text = r.read_str(4 * crate::domain::text::MAX_LABEL_CHARS, what)?;
    if crate::domain::text::clean_label(&text) != text || text.is_empty() {
        return Err(ShareError::Malformed(what));
    }
    Ok(text)
}
