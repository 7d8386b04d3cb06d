//! What a team member's device keeps of the pulses it answered (the
//! leader's pulses themselves are records like every other:
//! `records::load::<Pulse>(id)`, … in [`super::records`]).

use crate::domain::base::keys::PULSE_MEMBER_KEY_PREFIX;
use crate::domain::records::pulse::Pulse;

/// The random token this device answers the pulse `pulse_id` with: the one
/// kept from an earlier answer, or `fresh`, which is kept now, so that
/// answering again replaces the earlier answers instead of counting twice.
/// `Err` carries `fresh` when it could not be kept (storage refused).
pub fn member_token(pulse_id: &str, fresh: u32) -> Result<u32, u32> {
    let key = format!("{PULSE_MEMBER_KEY_PREFIX}{pulse_id}");
    if let Some(kept) = super::store()
        .get(&key)
        .ok()
        .flatten()
        .and_then(|raw| raw.parse::<u32>().ok())
    {
        return Ok(kept);
    }
    super::write(&key, &fresh.to_string())
        .map(|()| fresh)
        .map_err(|_| fresh)
}

/// The team pulse started beside the assessment `id` in this browser, if any.
pub fn beside_assessment(id: &str) -> Option<Pulse> {
    super::records::list::<Pulse>()
        .ok()?
        .0
        .into_iter()
        .find(|p| p.assessment.as_deref() == Some(id))
}
