//! The invitation: who asks whom to rate, for which assessment.

use crate::domain::formats::share::bits::BitReader;
use crate::domain::formats::share::envelope::{
    begin, open, read_header, read_label, seal, Header, Kind,
};
use crate::domain::formats::share::{Part, ShareError};
use crate::domain::sets::instrument::Instrument;

/// What the manager's device needs to rate the leader.
#[derive(Clone, Debug, PartialEq)]
pub struct Invitation {
    /// The questions.
    pub instrument: &'static Instrument,
    /// The leader's assessment.
    pub assessment_id: String,
    /// Random; the response echoes it, tying it to this invitation.
    pub nonce: u32,
    /// The leader's name.
    pub leader: String,
    /// The manager's name, if the leader gave it.
    pub manager: Option<String>,
    /// The cycle label, if any.
    pub cycle: Option<String>,
}

impl Invitation {
    /// The invitation as a code.
    pub fn encode(&self) -> Result<String, ShareError> {
        let mut w = begin(
            Kind::Invitation,
            &Header {
                instrument: self.instrument,
                assessment_id: self.assessment_id.clone(),
                nonce: self.nonce,
            },
        )?;
        w.write(u32::from(self.manager.is_some()), 1);
        w.write(u32::from(self.cycle.is_some()), 1);
        w.write_str(&self.leader);
        for label in [&self.manager, &self.cycle].into_iter().flatten() {
            w.write_str(label);
        }
        Ok(seal(w))
    }

    /// Reads an invitation code (or a link that ends with one).
    pub fn decode(code: &str) -> Result<Invitation, ShareError> {
        let bytes = open(code)?;
        let mut r = BitReader::new(&bytes);
        let header = read_header(&mut r, Kind::Invitation)?;
        let has_manager = r.read(1, Part::Flags)? == 1;
        let has_cycle = r.read(1, Part::Flags)? == 1;
        let leader = read_label(&mut r, Part::LeaderName)?;
        let manager = has_manager
            .then(|| read_label(&mut r, Part::ManagerName))
            .transpose()?;
        let cycle = has_cycle
            .then(|| read_label(&mut r, Part::Cycle))
            .transpose()?;
        r.finish()?;
        Ok(Invitation {
            instrument: header.instrument,
            assessment_id: header.assessment_id,
            nonce: header.nonce,
            leader,
            manager,
            cycle,
        })
    }
}
