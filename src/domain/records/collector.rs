//! A collector's device: someone the team trusts who is not the leader (a
//! team member who volunteers, HR, the trainer). Its key pair opens the
//! members' sealed codes; it holds their answers and releases them to the
//! leader only in groups (the rules are [`crate::domain::rules::pulse::collect`]).
//! The private key never leaves this browser except in its own backups: a
//! collector who loses it loses the codes sent to them.

use crate::domain::records::pulse::{CollectorRef, Member};
use crate::domain::sets::instrument::InstrumentRef;
use serde::{Deserialize, Serialize};

/// A collector and every team pulse whose codes they hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Collector {
    /// Random id; also names its storage key and travels in the collector link.
    pub id: String,
    /// Their name, as members and leaders read it.
    pub name: String,
    /// The public key, raw P-256: what leaders' pulse links carry.
    pub public_key: Vec<u8>,
    /// The private key as WebCrypto exports it (PKCS #8).
    pub private_key: Vec<u8>,
    /// When they became a collector (ms since the Unix epoch).
    pub created_at: u64,
    /// The pulses whose codes arrived, in the order the first code of each did.
    #[serde(default)]
    pub pulses: Vec<CollectedPulse>,
}

/// One leader's team pulse as its collector holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectedPulse {
    /// The leader's pulse.
    pub pulse_id: String,
    /// The pulse link's nonce, echoed by every code and bundle.
    pub nonce: u32,
    /// The statements.
    pub set: InstrumentRef,
    /// The leader's name, from the members' sealed codes.
    pub leader: String,
    /// Answers not released yet, one per member token: a member who answers
    /// again replaces theirs here.
    #[serde(default)]
    pub held: Vec<Member>,
    /// Answers released to the leader, in the order released: never changed.
    #[serde(default)]
    pub released: Vec<Member>,
    /// How many bundles were released.
    #[serde(default)]
    pub bundles: u32,
    /// How many of the first `released` members had their comments released.
    #[serde(default)]
    pub comments_released: u32,
}

impl Collector {
    /// What a leader's pulse and its link carry of this collector.
    pub fn reference(&self) -> CollectorRef {
        CollectorRef {
            id: self.id.clone(),
            name: self.name.clone(),
            public_key: self.public_key.clone(),
        }
    }

    /// The pulse `pulse_id` with `nonce`, if codes for it arrived.
    pub fn pulse(&self, pulse_id: &str, nonce: u32) -> Option<&CollectedPulse> {
        self.pulses
            .iter()
            .find(|p| p.pulse_id == pulse_id && p.nonce == nonce)
    }
}
