//! Gathering team members' codes into a pulse: pasted (one per line),
//! opened as links, scanned or from files. A member who answers again
//! replaces their earlier answers; the same code twice changes nothing.

use crate::domain::formats::gathering::{rejected, Gathered, Outcome};
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::pulse::PulseCode;
use crate::domain::records::pulse::{Member, Pulse};

/// Adds one code (or a link ending with one) to the pulse.
pub fn add_code(pulse: &mut Pulse, text: &str) -> Outcome {
    let code = match PulseCode::decode(code_in(text)) {
        Ok(code) => code,
        Err(e) => return rejected(text, e, "a team member's pulse code"),
    };
    if code.pulse_id != pulse.id || code.nonce != pulse.nonce {
        return Outcome::Rejected("this code was made for another team pulse".into());
    }
    if code.set.reference() != pulse.set {
        return Outcome::Rejected(
            "this code answers different statements from this pulse's".into(),
        );
    }
    let member = Member {
        token: code.member,
        response: code.response,
    };
    match pulse.members.iter_mut().find(|m| m.token == member.token) {
        Some(existing) if *existing == member => Outcome::Duplicate,
        Some(existing) => {
            *existing = member;
            Outcome::Updated
        }
        None => {
            pulse.members.push(member);
            Outcome::Added
        }
    }
}

/// Adds every non-blank line of pasted text, one code or link per line.
pub fn add_lines(pulse: &mut Pulse, text: &str) -> Vec<Gathered> {
    crate::domain::formats::gathering::add_lines(pulse, text, add_code)
}
