//! The response: the manager's answers going back to the leader. Ratings
//! and priorities are packed by [`super::answers`], reflections are compressed.

use crate::domain::base::text::{clean_reflection, MAX_REFLECTION_CHARS};
use crate::domain::formats::share::answers::{read_answers, write_answers};
use crate::domain::formats::share::bits::{BitReader, BitWriter};
use crate::domain::formats::share::envelope::{
    begin, open, read_header, read_label, seal, Header, Kind,
};
use crate::domain::formats::share::{Part, ShareError, Unshareable};
use crate::domain::records::response::Response;
use crate::domain::sets::instrument::Instrument;
use std::collections::BTreeMap;

/// Submission times count minutes from 2025-01-01T00:00Z (in seconds since
/// the Unix epoch), in 24 bits: minute precision until 2056.
pub const TIME_EPOCH_S: u64 = 1_735_689_600;
const TIME_BITS: u32 = 24;

/// The manager's submitted response, as it travels.
#[derive(Clone, Debug, PartialEq)]
pub struct ResponseCode {
    /// The questions.
    pub instrument: &'static Instrument,
    /// The leader's assessment it answers.
    pub assessment_id: String,
    /// The nonce of the invitation it answers.
    pub nonce: u32,
    /// When the manager submitted, in whole minutes since [`TIME_EPOCH_S`].
    pub submitted_minute: u32,
    /// The manager's name, as they gave it.
    pub manager: Option<String>,
    /// The answers (with `submitted_at` set, `last_step` empty).
    pub response: Response,
}

impl ResponseCode {
    /// The response as a code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let instrument = self.instrument;
        let mut w = begin(
            Kind::Response,
            &Header {
                instrument,
                assessment_id: self.assessment_id.clone(),
                nonce: self.nonce,
            },
        )?;
        if self.submitted_minute >= 1 << TIME_BITS {
            return Err(ShareError::CannotEncode(Unshareable::DateOutOfRange));
        }
        w.write(self.submitted_minute, TIME_BITS);
        let reflections = self.reflection_blob();
        w.write(u32::from(self.manager.is_some()), 1);
        w.write(u32::from(reflections.is_some()), 1);
        write_answers(&mut w, instrument, &self.response)?;
        if let Some(name) = &self.manager {
            w.write_str(name);
        }
        if let Some(blob) = reflections {
            w.write_varint(blob.len() as u32);
            w.write_bytes(&blob);
        }
        Ok(seal(w))
    }

    /// The reflections, in the instrument's order, compressed; `None` if all empty.
    fn reflection_blob(&self) -> Option<Vec<u8>> {
        if self.response.reflections.is_empty() {
            return None;
        }
        let mut w = BitWriter::default();
        for prompt in &self.instrument.reflections {
            w.write_str(
                self.response
                    .reflections
                    .get(&prompt.id)
                    .map_or("", String::as_str),
            );
        }
        Some(miniz_oxide::deflate::compress_to_vec(&w.into_bytes(), 9))
    }

    /// Reads a response code (or a link that ends with one).
    pub fn decode(code: &str) -> Result<ResponseCode, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let header = read_header(&mut r, Kind::Response)?;
        let instrument = header.instrument;
        let submitted_minute = r.read(TIME_BITS, Part::Time)?;
        let has_manager = r.read(1, Part::Flags)? == 1;
        let has_reflections = r.read(1, Part::Flags)? == 1;
        let (ratings, priorities) = read_answers(&mut r, instrument)?;
        let manager = has_manager
            .then(|| read_label(&mut r, Part::ManagerName))
            .transpose()?;
        let reflections = if has_reflections {
            let len = r.read_varint(Part::Reflections)? as usize;
            let blob = r.read_bytes(len, Part::Reflections)?;
            read_reflections(instrument, &blob)?
        } else {
            BTreeMap::new()
        };
        r.finish()?;
        Ok(ResponseCode {
            instrument,
            assessment_id: header.assessment_id,
            nonce: header.nonce,
            submitted_minute,
            manager,
            response: Response {
                ratings,
                priorities,
                reflections,
                last_step: None,
                submitted_at: Some(minute_to_ms(submitted_minute)),
            },
        })
    }
}

/// The minute (since [`TIME_EPOCH_S`]) of a time in ms since the Unix epoch;
/// earlier times count as minute 0.
pub fn ms_to_minute(ms: u64) -> u32 {
    u32::try_from((ms / 1000).saturating_sub(TIME_EPOCH_S) / 60).unwrap_or(u32::MAX)
}

/// The time in ms since the Unix epoch of a minute since [`TIME_EPOCH_S`].
pub fn minute_to_ms(minute: u32) -> u64 {
    (TIME_EPOCH_S + u64::from(minute) * 60) * 1000
}

fn read_reflections(
    instrument: &Instrument,
    blob: &[u8],
) -> Result<BTreeMap<String, String>, ShareError> {
    let limit = instrument.reflections.len() * (4 * MAX_REFLECTION_CHARS + 5);
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(blob, limit)
        .map_err(|_| ShareError::Malformed(Part::Reflections))?;
    let mut r = BitReader::new(&raw);
    let mut out = BTreeMap::new();
    for prompt in &instrument.reflections {
        let text = r.read_str(4 * MAX_REFLECTION_CHARS, Part::Reflections)?;
        if clean_reflection(&text) != text || (!text.is_empty() && text.trim().is_empty()) {
            return Err(ShareError::Malformed(Part::Reflections));
        }
        if !text.is_empty() {
            out.insert(prompt.id.clone(), text);
        }
    }
    r.finish()?;
    if out.is_empty() {
        return Err(ShareError::Malformed(Part::Reflections));
    }
    Ok(out)
}
