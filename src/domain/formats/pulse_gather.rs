//! Gathering team members' codes into a pulse: pasted (one per line),
//! opened as links, scanned or from files. A member who answers again
//! replaces their earlier answers; the same code twice changes nothing.

use crate::domain::formats::gathering::{
    add_missing, rejected, upsert, Gathers, Outcome, Rejection,
};
use crate::domain::formats::share::envelope::{code_in, Kind};
use crate::domain::formats::share::pulse::PulseCode;
use crate::domain::formats::share::ShareError;
use crate::domain::records::pulse::{Member, Pulse};

impl Gathers for Pulse {
    const CODE: Kind = Kind::PulseCode;

    fn same_link(&self, other: &Self) -> bool {
        self.nonce == other.nonce && self.set == other.set
    }
    fn complete(&mut self, other: &Self) -> usize {
        add_missing(&mut self.members, &other.members, |a, b| a.token == b.token)
    }
    /// Adds one code (or a link ending with one) to the pulse.
    fn add_code(&mut self, text: &str) -> Outcome {
        let code = match PulseCode::decode(code_in(text)) {
            Ok(code) => code,
            Err(e) => return rejected(text, e, Self::CODE),
        };
        if code.pulse_id != self.id || code.nonce != self.nonce {
            return Outcome::Rejected(Rejection::AnotherPulse);
        }
        if code.set.reference() != self.set {
            return Outcome::Rejected(Rejection::OtherStatements);
        }
        let member = Member {
            token: code.member,
            response: code.response,
        };
        upsert(&mut self.members, member, |a, b| a.token == b.token)
    }

    fn record_of_code(text: &str) -> Result<String, ShareError> {
        PulseCode::decode(code_in(text)).map(|code| code.pulse_id)
    }
}
