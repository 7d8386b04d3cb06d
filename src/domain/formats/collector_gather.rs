//! What arrives on a collector's device (members' sealed codes) and on a
//! leader's (the collector's bundles), and what each does there. Opening a
//! sealed code is the browser's WebCrypto; here is everything before and
//! after it.

use crate::domain::base::messages::Messages;
use crate::domain::formats::gathering::{rejection, Rejection};
use crate::domain::formats::share::bundle::PulseBundle;
use crate::domain::formats::share::envelope::{code_in, learning, Kind};
use crate::domain::formats::share::sealed::SealedPulseCode;
use crate::domain::records::collector::Collector;
use crate::domain::records::pulse::Pulse;
use crate::domain::rules::pulse::collect::Held;
use crate::domain::rules::pulse::release::{Refused, Taken};

/// Why a sealed code or a bundle was not used; nothing stored changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotUsed {
    /// What any gathered code may be refused for: unreadable, of another
    /// kind, for another pulse, a file holding none.
    Rejected(Rejection),
    /// A sealed code for another collector's key.
    AnotherCollector,
    /// The key did not open it: it was changed, or made for another key.
    DoesNotOpen,
    /// A bundle refused by the release rules.
    Refused(Refused),
}

impl NotUsed {
    /// The reason, as a clause.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            NotUsed::Rejected(rejection) => rejection.describe(words),
            NotUsed::AnotherCollector => words.collect_another_collector().to_string(),
            NotUsed::DoesNotOpen => words.collect_does_not_open().to_string(),
            NotUsed::Refused(refused) => refused.describe(words),
        }
    }
}

/// A pasted, opened or file text as a sealed code for this collector.
pub fn sealed_for(collector: &Collector, text: &str) -> Result<SealedPulseCode, NotUsed> {
    let code = SealedPulseCode::decode(code_in(text))
        .map_err(|e| NotUsed::Rejected(rejection(text, e, Kind::SealedPulseCode)))?;
    if code.key_tag != collector.reference().key_tag() {
        return Err(NotUsed::AnotherCollector);
    }
    Ok(code)
}

impl Collector {
    /// Holds a sealed code's answers, given what the collector's key opened
    /// (`None`: the key did not open it).
    pub fn hold_opened(
        &mut self,
        code: &SealedPulseCode,
        opened: Option<&[u8]>,
    ) -> Result<Held, NotUsed> {
        let opened = opened.ok_or(NotUsed::DoesNotOpen)?;
        // A trainer's set inside is checked and learned here.
        let (of, member) = learning(|| code.read_opened(opened))
            .map_err(|e| NotUsed::Rejected(Rejection::Unreadable(e)))?;
        Ok(self.hold(of, member))
    }
}

impl Pulse {
    /// Takes a collector's bundle, pasted, opened as a link or from a file.
    pub fn add_bundle(&mut self, text: &str) -> Result<Taken, NotUsed> {
        let bundle = PulseBundle::decode(code_in(text))
            .map_err(|e| NotUsed::Rejected(rejection(text, e, Kind::PulseBundle)))?;
        if !bundle.is_for(self) {
            return Err(NotUsed::Rejected(Rejection::AnotherPulse));
        }
        self.take(bundle.released).map_err(NotUsed::Refused)
    }
}
