//! The response: the manager's answers going back to the leader. Ratings
//! take 3 bits each, priorities an index each, reflections are compressed.

use super::bits::{BitReader, BitWriter};
use super::envelope::{begin, open, read_header, read_label, seal, Header, Kind};
use super::ShareError;
use crate::domain::instrument::Instrument;
use crate::domain::rating::Rating;
use crate::domain::response::Response;
use crate::domain::text::{clean_reflection, MAX_REFLECTION_CHARS};
use std::collections::BTreeMap;

/// The 3-bit value of an unanswered item (0–5 are the rating digits).
const UNANSWERED: u32 = 7;

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

fn index_bits(item_count: usize) -> u32 {
    usize::BITS - item_count.saturating_sub(1).leading_zeros()
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
            return Err(ShareError::CannotEncode("its date is out of range"));
        }
        w.write(self.submitted_minute, TIME_BITS);
        let reflections = self.reflection_blob();
        w.write(u32::from(self.manager.is_some()), 1);
        w.write(u32::from(reflections.is_some()), 1);
        for (_, item) in instrument.items() {
            let value = self
                .response
                .rating(&item.id)
                .map_or(UNANSWERED, |r| u32::from(r.digit()));
            w.write(value, 3);
        }
        let ids: Vec<String> = instrument.items().map(|(_, i)| i.id.clone()).collect();
        let indices: Vec<usize> = self
            .response
            .priorities
            .iter()
            .map(|p| {
                ids.iter()
                    .position(|id| id == p)
                    .ok_or(ShareError::CannotEncode(
                        "a priority is not one of its questions",
                    ))
            })
            .collect::<Result<_, _>>()?;
        if indices.len() > instrument.priorities_limit || indices.len() > 15 {
            return Err(ShareError::CannotEncode("it has too many priorities"));
        }
        w.write(indices.len() as u32, 4);
        for i in indices {
            w.write(i as u32, index_bits(ids.len()));
        }
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
        let submitted_minute = r.read(TIME_BITS, "time")?;
        let has_manager = r.read(1, "flags")? == 1;
        let has_reflections = r.read(1, "flags")? == 1;
        let mut ratings = BTreeMap::new();
        for (_, item) in instrument.items() {
            let value = r.read(3, "ratings")?;
            if value == UNANSWERED {
                continue;
            }
            let rating =
                Rating::try_from(value as u8).map_err(|_| ShareError::Malformed("ratings"))?;
            ratings.insert(item.id.clone(), rating);
        }
        let ids: Vec<&str> = instrument.items().map(|(_, i)| i.id.as_str()).collect();
        let count = r.read(4, "priorities")? as usize;
        if count > instrument.priorities_limit {
            return Err(ShareError::Malformed("priorities"));
        }
        let mut priorities: Vec<String> = Vec::with_capacity(count);
        for _ in 0..count {
            let index = r.read(index_bits(ids.len()), "priorities")? as usize;
            let id = ids.get(index).ok_or(ShareError::Malformed("priorities"))?;
            if priorities.iter().any(|p| p == id) {
                return Err(ShareError::Malformed("priorities"));
            }
            priorities.push(id.to_string());
        }
        let manager = has_manager
            .then(|| read_label(&mut r, "manager's name"))
            .transpose()?;
        let reflections = if has_reflections {
            let len = r.read_varint("reflections")? as usize;
            let blob = r.read_bytes(len, "reflections")?;
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
        .map_err(|_| ShareError::Malformed("reflections"))?;
    let mut r = BitReader::new(&raw);
    let mut out = BTreeMap::new();
    for prompt in &instrument.reflections {
        let text = r.read_str(4 * MAX_REFLECTION_CHARS, "reflections")?;
        if clean_reflection(&text) != text || (!text.is_empty() && text.trim().is_empty()) {
            return Err(ShareError::Malformed("reflections"));
        }
        if !text.is_empty() {
            out.insert(prompt.id.clone(), text);
        }
    }
    r.finish()?;
    if out.is_empty() {
        return Err(ShareError::Malformed("reflections"));
    }
    Ok(out)
}
