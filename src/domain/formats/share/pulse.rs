//! The two team pulse codes. The **pulse link** goes from the leader to
//! every team member: which statements, which pulse, and the leader's name.
//! The **pulse code** goes back from a member: their answers and optional
//! comment, with no name, no date and nothing else, so the leader sees only
//! the team's picture.
//!
//! After the shared header (the pulse set's fingerprint, the pulse id and
//! nonce), a link carries the leader's name; a code carries a random member
//! token (sharing again replaces the earlier code), then 3 bits per
//! statement in the set's order (0 blank, 1–5 agreement, 6 Don't know),
//! then 1 bit and the comment if there is one.

use crate::domain::base::text::{clean_comment, MAX_COMMENT_CHARS};
use crate::domain::formats::share::bits::{BitReader, BitWriter};
use crate::domain::formats::share::collector::{read_collector, write_collector};
use crate::domain::formats::share::envelope::{
    begin_raw, open, read_carried, read_label, read_raw_header, seal, write_carried, Kind,
};
use crate::domain::formats::share::{Part, ShareError, Unshareable};
use crate::domain::records::pulse::{Agreement, PulseResponse};
use crate::domain::records::pulse::{CollectorRef, Pulse};
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use std::collections::BTreeMap;

/// What a team member's browser needs to answer a pulse.
#[derive(Clone, Debug, PartialEq)]
pub struct PulseLink {
    /// The statements every member answers.
    pub set: &'static PulseSet,
    /// The leader's pulse.
    pub pulse_id: String,
    /// Random; every member's code echoes it.
    pub nonce: u32,
    /// The leader's name, so members know whose team pulse it is.
    pub leader: String,
    /// Who collects the answers, so members seal their codes for them; none
    /// when the leader gathers the codes themself.
    pub collector: Option<CollectorRef>,
}

/// Starts a pulse code; a pulse link carries a trainer's own set, so every
/// member answers exactly its statements (codes back refer to it only).
fn begin(kind: Kind, set: &PulseSet, pulse_id: &str, nonce: u32) -> Result<BitWriter, ShareError> {
    let carries = kind == Kind::PulseLink && !set.is_builtin();
    let mut w = begin_raw(kind, set.fingerprint(), pulse_id, nonce, carries)?;
    if carries {
        write_carried(&mut w, set)?;
    }
    Ok(w)
}

fn header(r: &mut BitReader, kind: Kind) -> Result<(&'static PulseSet, String, u32), ShareError> {
    let raw = read_raw_header(r, kind)?;
    let set = if raw.carries {
        read_carried::<PulseSet>(r, raw.fingerprint)?
    } else {
        PulseSet::find_by_fingerprint(raw.fingerprint).ok_or(ShareError::UnknownInstrument)?
    };
    Ok((set, raw.id, raw.nonce))
}

impl PulseLink {
    /// The link's code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let mut w = begin(Kind::PulseLink, self.set, &self.pulse_id, self.nonce)?;
        w.write_str(&self.leader);
        // A link without a collector ends here, as links made before
        // collectors did; one with a collector goes on after a marker byte.
        if let Some(collector) = &self.collector {
            w.write(WITH_COLLECTOR, 8);
            write_collector(&mut w, collector)?;
        }
        Ok(seal(w))
    }

    /// Reads a pulse link's code.
    pub fn decode(code: &str) -> Result<PulseLink, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let (set, pulse_id, nonce) = header(&mut r, Kind::PulseLink)?;
        let leader = read_label(&mut r, Part::LeaderName)?;
        let collector = if r.at_end() {
            None
        } else if r.read(8, Part::CollectorName)? == WITH_COLLECTOR {
            Some(read_collector(&mut r)?)
        } else {
            return Err(ShareError::Malformed(Part::CollectorName));
        };
        r.finish()?;
        Ok(PulseLink {
            set,
            pulse_id,
            nonce,
            leader,
            collector,
        })
    }
}

/// One team member's anonymous answers to a pulse.
#[derive(Clone, Debug, PartialEq)]
pub struct PulseCode {
    /// The statements.
    pub set: &'static PulseSet,
    /// The pulse it is for.
    pub pulse_id: String,
    /// The pulse link's nonce.
    pub nonce: u32,
    /// Random per member: answering again replaces the earlier code
    /// instead of counting the member twice. It says nothing about who.
    pub member: u32,
    /// The answers and the comment.
    pub response: PulseResponse,
}

/// The byte after the leader's name in a link that names a collector.
const WITH_COLLECTOR: u32 = 1;

const BLANK: u32 = 0;
const DONT_KNOW: u32 = 6;

impl PulseCode {
    /// The code. Answers to statements the set does not have are refused.
    pub fn encode(&self) -> Result<String, ShareError> {
        let mut w = begin(Kind::PulseCode, self.set, &self.pulse_id, self.nonce)?;
        w.write(self.member, 32);
        write_answers(&mut w, self.set, &self.response.answers)?;
        write_comment(&mut w, self.response.comment.as_deref());
        Ok(seal(w))
    }

    /// Reads a member's code (or a link that ends with one).
    pub fn decode(code: &str) -> Result<PulseCode, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let (set, pulse_id, nonce) = header(&mut r, Kind::PulseCode)?;
        let member = r.read(32, Part::Member)?;
        let answers = read_answers(&mut r, set)?;
        let comment = read_comment(&mut r)?;
        r.finish()?;
        Ok(PulseCode {
            set,
            pulse_id,
            nonce,
            member,
            response: PulseResponse { answers, comment },
        })
    }
}

/// Writes one member's answers: 3 bits per statement in the set's order.
/// Answers to statements the set does not have are refused.
pub fn write_answers(
    w: &mut BitWriter,
    set: &PulseSet,
    answers: &BTreeMap<String, Agreement>,
) -> Result<(), ShareError> {
    if answers.keys().any(|id| set.statement(id).is_none()) {
        return Err(ShareError::CannotEncode(Unshareable::UnknownStatement));
    }
    for (_, statement) in set.statements() {
        let value = match answers.get(&statement.id) {
            None => BLANK,
            Some(Agreement::Score(s @ 1..=5)) => u32::from(*s),
            Some(Agreement::Score(_)) => {
                return Err(ShareError::CannotEncode(Unshareable::AnswerOutOfRange))
            }
            Some(Agreement::DontKnow) => DONT_KNOW,
        };
        w.write(value, 3);
    }
    Ok(())
}

/// Reads what [`write_answers`] wrote.
pub fn read_answers(
    r: &mut BitReader,
    set: &PulseSet,
) -> Result<BTreeMap<String, Agreement>, ShareError> {
    let mut answers = BTreeMap::new();
    for (_, statement) in set.statements() {
        let answer = match r.read(3, Part::Answer)? {
            BLANK => continue,
            s @ 1..=5 => Agreement::Score(s as u8),
            DONT_KNOW => Agreement::DontKnow,
            _ => return Err(ShareError::Malformed(Part::Answer)),
        };
        answers.insert(statement.id.clone(), answer);
    }
    Ok(answers)
}

/// Writes an optional comment: 1 bit, then the cleaned text if there is one.
pub fn write_comment(w: &mut BitWriter, comment: Option<&str>) {
    match comment.map(clean_comment) {
        Some(comment) if !comment.is_empty() => {
            w.write(1, 1);
            w.write_str(&comment);
        }
        _ => w.write(0, 1),
    }
}

/// Reads what [`write_comment`] wrote; the text must be in cleaned form.
pub fn read_comment(r: &mut BitReader) -> Result<Option<String>, ShareError> {
    if r.read(1, Part::Comment)? == 1 {
        Ok(Some(read_comment_text(r)?))
    } else {
        Ok(None)
    }
}

/// Reads one comment's text, which must be non-empty and in cleaned form.
pub fn read_comment_text(r: &mut BitReader) -> Result<String, ShareError> {
    let text = r.read_str(4 * MAX_COMMENT_CHARS, Part::Comment)?;
    if text.is_empty() || clean_comment(&text) != text {
        return Err(ShareError::Malformed(Part::Comment));
    }
    Ok(text)
}

/// The link a pulse's team members open.
impl Pulse {
    /// The link team members open.
    pub fn link(&self) -> Result<PulseLink, ShareError> {
        Ok(PulseLink {
            set: self.statements().ok_or(ShareError::UnknownInstrument)?,
            pulse_id: self.id.clone(),
            nonce: self.nonce,
            leader: self.leader.clone(),
            collector: self.collector.clone(),
        })
    }
}
