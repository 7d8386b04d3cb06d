//! The outside of every code: header, checksum and base64url text.

use crate::domain::base::checksum::crc32;
use crate::domain::base::ids::{id_from_values, id_values, ID_LEN};
use crate::domain::base::messages::Messages;
use crate::domain::formats::share::bits::{BitReader, BitWriter};
use crate::domain::formats::share::{Part, ShareError, Unshareable, MAX_CODE_CHARS};
use crate::domain::sets::carried::CarriedSet;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::registry::QuestionSet;
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
    /// A leader's team pulse link, handed to every team member.
    PulseLink = 5,
    /// A team member's anonymous pulse answers, going back to the leader.
    PulseCode = 6,
    /// A participant's cohort code that also carries their team pulse's
    /// figures per dimension (a cohort code's fields, then the figures).
    CohortCodeWithTeam = 7,
    /// A whole assessment: a restore link, or the comparison a leader sends
    /// back to the manager's device (see [`super::whole`]).
    Assessment = 0,
    /// A collector's offer to a leader: their name and public key (see
    /// [`super::collector`]). Kinds that never carry a set use the values
    /// a carried flag cannot have (2, 4 and 6 with the flag), so the 4 kind
    /// bits hold three more kinds; 15 is the last free value.
    CollectorLink = 10,
    /// A team member's pulse answers sealed for the collector (see [`super::sealed`]).
    SealedPulseCode = 12,
    /// A collector's release of at least 3 members' answers to the leader
    /// (see [`super::bundle`]).
    PulseBundle = 14,
}

impl Kind {
    /// Codes that start something on another device carry a trainer's own
    /// instrument with them; answers only refer to it.
    fn may_carry_instrument(self) -> bool {
        matches!(
            self,
            Kind::Invitation | Kind::CohortLink | Kind::PulseLink | Kind::Assessment
        )
    }
}

/// Set in the kind's 4 bits when the instrument itself follows the header.
const CARRIES_INSTRUMENT: u32 = 8;

impl Kind {
    /// The kind and the carried flag in a code's 4 kind bits; `None` for
    /// values no code has.
    fn from_bits(bits: u32) -> Option<(Kind, bool)> {
        let kind = match bits {
            10 => return Some((Kind::CollectorLink, false)),
            12 => return Some((Kind::SealedPulseCode, false)),
            14 => return Some((Kind::PulseBundle, false)),
            b => match b & !CARRIES_INSTRUMENT {
                0 => Kind::Assessment,
                1 => Kind::Invitation,
                2 => Kind::Response,
                3 => Kind::CohortLink,
                4 => Kind::CohortCode,
                5 => Kind::PulseLink,
                6 => Kind::PulseCode,
                7 => Kind::CohortCodeWithTeam,
                _ => return None,
            },
        };
        let carries = bits & CARRIES_INSTRUMENT != 0;
        (!carries || kind.may_carry_instrument()).then_some((kind, carries))
    }
}

/// The most bytes a carried instrument may inflate to.
const MAX_INSTRUMENT_BYTES: usize = 64 * 1024;

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
    let carries = kind.may_carry_instrument() && !header.instrument.is_builtin();
    let mut w = begin_raw(
        kind,
        header.instrument.fingerprint(),
        &header.assessment_id,
        header.nonce,
        carries,
    )?;
    if carries {
        write_carried(&mut w, header.instrument)?;
    }
    Ok(w)
}

/// Writes the header's fields for any question set (the 180's or a
/// pulse's), named by its 32-bit fingerprint.
pub fn begin_raw(
    kind: Kind,
    fingerprint: u32,
    id: &str,
    nonce: u32,
    carries: bool,
) -> Result<BitWriter, ShareError> {
    let mut w = BitWriter::default();
    w.write(FORMAT_VERSION, 4);
    w.write(
        kind as u32 | if carries { CARRIES_INSTRUMENT } else { 0 },
        4,
    );
    w.write(fingerprint, 32);
    write_id(&mut w, id)?;
    w.write(nonce, 32);
    Ok(w)
}

/// Finishes a code: appends the checksum and turns it into text.
pub fn seal(writer: BitWriter) -> String {
    let mut bytes = writer.into_bytes();
    let crc = crc32(&bytes);
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
    if crc32(&bytes) != expected {
        return Err(ShareError::Damaged);
    }
    Ok(bytes)
}

/// The kind of a code whose checksum holds, whatever kind was expected:
/// lets a page name what it was given ("an invitation, not a cohort code").
pub fn kind_of(code: &str) -> Option<Kind> {
    let bytes = open(code).ok()?;
    let mut r = BitReader::new(&bytes);
    let _version = r.read(4, Part::Version).ok()?;
    Kind::from_bits(r.read(4, Part::Kind).ok()?).map(|(kind, _)| kind)
}

impl Kind {
    /// What a person calls a code of this kind ("a cohort link for participants").
    pub fn in_words(self, words: &Messages) -> &'static str {
        match self {
            Kind::Invitation => words.kind_invitation(),
            Kind::Response => words.kind_response(),
            Kind::CohortLink => words.kind_cohort_link(),
            Kind::CohortCode | Kind::CohortCodeWithTeam => words.kind_cohort_code(),
            Kind::PulseLink => words.kind_pulse_link(),
            Kind::PulseCode => words.kind_pulse_code(),
            Kind::Assessment => words.kind_assessment(),
            Kind::CollectorLink => words.kind_collector_link(),
            Kind::SealedPulseCode => words.kind_sealed_pulse_code(),
            Kind::PulseBundle => words.kind_pulse_bundle(),
        }
    }
}

/// The header's fields as read, before the question set is resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct RawHeader {
    /// The question set's fingerprint.
    pub fingerprint: u32,
    /// The assessment's, cohort's or pulse's id.
    pub id: String,
    /// The nonce.
    pub nonce: u32,
    /// Whether the question set itself follows.
    pub carries: bool,
}

/// Reads the header's fields, checking the version and the kind.
pub fn read_raw_header(r: &mut BitReader, kind: Kind) -> Result<RawHeader, ShareError> {
    read_raw_header_of(r, &[kind]).map(|(_, header)| header)
}

/// Reads the header's fields of a code whose kind is one of `kinds`,
/// returning which it is.
pub fn read_raw_header_of(
    r: &mut BitReader,
    kinds: &[Kind],
) -> Result<(Kind, RawHeader), ShareError> {
    let (kind, carries) = read_kind(r, kinds)?;
    let fingerprint = r.read(32, Part::QuestionSet)?;
    let id = read_id(r)?;
    let nonce = r.read(32, Part::Nonce)?;
    Ok((
        kind,
        RawHeader {
            fingerprint,
            id,
            nonce,
            carries,
        },
    ))
}

/// Starts a code that has no question set, id or nonce (a collector's
/// link): the version and the kind only.
pub fn begin_bare(kind: Kind) -> BitWriter {
    let mut w = BitWriter::default();
    w.write(FORMAT_VERSION, 4);
    w.write(kind as u32, 4);
    w
}

/// Reads the version and the kind, which must be one of `kinds`.
pub fn read_kind(r: &mut BitReader, kinds: &[Kind]) -> Result<(Kind, bool), ShareError> {
    let version = r.read(4, Part::Version)?;
    if version != FORMAT_VERSION {
        return Err(if version > FORMAT_VERSION {
            ShareError::NewerFormat(version as u8)
        } else {
            ShareError::Malformed(Part::Version)
        });
    }
    let (kind, carries) =
        Kind::from_bits(r.read(4, Part::Kind)?).ok_or(ShareError::Malformed(Part::Kind))?;
    if !kinds.contains(&kind) {
        return Err(ShareError::WrongKind);
    }
    Ok((kind, carries))
}

/// Writes a record id (16 characters, 5 bits each).
pub fn write_id(w: &mut BitWriter, id: &str) -> Result<(), ShareError> {
    let values = id_values(id).ok_or(ShareError::CannotEncode(Unshareable::ForeignId))?;
    for v in values {
        w.write(u32::from(v), 5);
    }
    Ok(())
}

/// Reads a record id.
pub fn read_id(r: &mut BitReader) -> Result<String, ShareError> {
    let values = (0..ID_LEN)
        .map(|_| r.read(5, Part::AssessmentId).map(|v| v as u8))
        .collect::<Result<Vec<u8>, _>>()?;
    id_from_values(&values).ok_or(ShareError::Malformed(Part::AssessmentId))
}

/// Reads the header of a 180 code (its question set resolved or learned).
pub fn read_header(r: &mut BitReader, kind: Kind) -> Result<Header, ShareError> {
    read_header_of(r, &[kind]).map(|(_, header)| header)
}

/// Reads the header of a 180 code whose kind is one of `kinds`.
pub fn read_header_of(r: &mut BitReader, kinds: &[Kind]) -> Result<(Kind, Header), ShareError> {
    let (
        kind,
        RawHeader {
            fingerprint,
            id,
            nonce,
            carries,
        },
    ) = read_raw_header_of(r, kinds)?;
    let instrument = if carries {
        read_carried::<Instrument>(r, fingerprint)?
    } else {
        Instrument::find_by_fingerprint(fingerprint).ok_or(ShareError::UnknownInstrument)?
    };
    Ok((
        kind,
        Header {
            instrument,
            assessment_id: id,
            nonce,
        },
    ))
}

/// Writes a trainer's question set (the 180's or a pulse's) into a code:
/// its JSON, deflated, after its length.
pub fn write_carried(w: &mut BitWriter, set: &impl serde::Serialize) -> Result<(), ShareError> {
    let json =
        crate::json::to_string(set).ok_or(ShareError::CannotEncode(Unshareable::SetNotWritable))?;
    let blob = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    w.write_varint(blob.len() as u32);
    w.write_bytes(&blob);
    Ok(())
}

/// Reads a question set that travelled in a code. It must be a set this
/// browser has learned (never a built-in one) with the fingerprint the
/// header names and the same wording; one not checked yet comes back as
/// [`ShareError::SetToLearn`] (reading a code needs no checker; see
/// [`crate::domain::sets::carried`]), one refused says why.
pub fn read_carried<T: QuestionSet + serde::Serialize>(
    r: &mut BitReader,
    fingerprint: u32,
) -> Result<&'static T, ShareError> {
    let len = r.read_varint(Part::QuestionSet)? as usize;
    let blob = r.read_bytes(len, Part::QuestionSet)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&blob, MAX_INSTRUMENT_BYTES)
        .map_err(|_| ShareError::Malformed(Part::QuestionSet))?;
    let text = std::str::from_utf8(&json).map_err(|_| ShareError::Malformed(Part::QuestionSet))?;
    let carried = CarriedSet {
        kind: T::KIND,
        text: text.to_string(),
        fingerprint,
    };
    let outcome = carried.outcome::<T>();
    if let Some(Err(refusal)) = outcome {
        return Err(ShareError::from(refusal));
    }
    // The fingerprint names an id and version: the known set is this one
    // if checked so, or if it is written exactly as the code carries it.
    if let Some(set) = T::find_by_fingerprint(fingerprint) {
        let same = outcome.is_some()
            || crate::json::to_string(set).is_some_and(|known| known.as_bytes() == json);
        if same && !std::ptr::eq(set, T::builtin()) {
            return Ok(set);
        }
    }
    Err(ShareError::SetToLearn(carried))
}

/// Reads a code with `decode`, learning a set it carries first (this runs
/// the checker: for the pages and tools that hold it anyway).
pub fn learning<T>(decode: impl Fn() -> Result<T, ShareError>) -> Result<T, ShareError> {
    match decode() {
        Err(ShareError::SetToLearn(carried)) => {
            carried.learn().map_err(ShareError::from)?;
            decode()
        }
        other => other,
    }
}

/// The code in whatever was pasted: a bare code, or a whole link whose
/// fragment ends with it (`…#/response/CODE`).
pub fn code_in(text: &str) -> &str {
    let text = text.trim();
    let fragment = text.rsplit_once('#').map(|(_, f)| f).unwrap_or(text);
    fragment.rsplit('/').next().unwrap_or(fragment).trim()
}

/// Reads a label and insists it is in cleaned form, so decoding is exact.
pub fn read_label(r: &mut BitReader, what: Part) -> Result<String, ShareError> {
    let text = r.read_str(4 * crate::domain::base::text::MAX_LABEL_CHARS, what)?;
    if crate::domain::base::text::clean_label(&text) != text || text.is_empty() {
        return Err(ShareError::Malformed(what));
    }
    Ok(text)
}
