//! Ratings and priorities in bits, shared by every code that carries answers
//! (the manager's response and the anonymous cohort code): 3 bits a rating in
//! the instrument's item order, then a count and one index per priority.

use crate::domain::base::rating::Rating;
use crate::domain::formats::share::bits::{BitReader, BitWriter};
use crate::domain::formats::share::{Part, ShareError, Unshareable};
use crate::domain::records::response::Response;
use crate::domain::sets::instrument::Instrument;
use std::collections::BTreeMap;

/// The 3-bit value of an unanswered item (0–5 are the rating digits).
const UNANSWERED: u32 = 7;

/// The most priorities a code can hold (the count takes 4 bits).
const MAX_PRIORITIES: usize = 15;

fn index_bits(item_count: usize) -> u32 {
    usize::BITS - item_count.saturating_sub(1).leading_zeros()
}

/// Writes every item's rating, then the priorities.
pub fn write_answers(
    w: &mut BitWriter,
    instrument: &Instrument,
    response: &Response,
) -> Result<(), ShareError> {
    for (_, item) in instrument.items() {
        let value = response
            .rating(&item.id)
            .map_or(UNANSWERED, |r| u32::from(r.digit()));
        w.write(value, 3);
    }
    let ids: Vec<&str> = instrument.items().map(|(_, i)| i.id.as_str()).collect();
    let indices: Vec<usize> = response
        .priorities
        .iter()
        .map(|p| {
            ids.iter()
                .position(|id| id == p)
                .ok_or(ShareError::CannotEncode(Unshareable::UnknownPriority))
        })
        .collect::<Result<_, _>>()?;
    if indices.len() > instrument.priorities_limit || indices.len() > MAX_PRIORITIES {
        return Err(ShareError::CannotEncode(Unshareable::TooManyPriorities));
    }
    w.write(indices.len() as u32, 4);
    for i in indices {
        w.write(i as u32, index_bits(ids.len()));
    }
    Ok(())
}

/// Reads what [`write_answers`] wrote: ratings and priorities.
pub fn read_answers(
    r: &mut BitReader,
    instrument: &Instrument,
) -> Result<(BTreeMap<String, Rating>, Vec<String>), ShareError> {
    let mut ratings = BTreeMap::new();
    for (_, item) in instrument.items() {
        let value = r.read(3, Part::Ratings)?;
        if value == UNANSWERED {
            continue;
        }
        let rating =
            Rating::try_from(value as u8).map_err(|_| ShareError::Malformed(Part::Ratings))?;
        ratings.insert(item.id.clone(), rating);
    }
    let ids: Vec<&str> = instrument.items().map(|(_, i)| i.id.as_str()).collect();
    let count = r.read(4, Part::Priorities)? as usize;
    if count > instrument.priorities_limit {
        return Err(ShareError::Malformed(Part::Priorities));
    }
    let mut priorities: Vec<String> = Vec::with_capacity(count);
    for _ in 0..count {
        let index = r.read(index_bits(ids.len()), Part::Priorities)? as usize;
        let id = ids
            .get(index)
            .ok_or(ShareError::Malformed(Part::Priorities))?;
        if priorities.iter().any(|p| p == id) {
            return Err(ShareError::Malformed(Part::Priorities));
        }
        priorities.push(id.to_string());
    }
    Ok((ratings, priorities))
}
