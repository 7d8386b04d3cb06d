//! The collector: someone the team trusts who is not the leader. They make
//! a key pair here ([`new`]), send their collector link to leaders, receive
//! members' sealed codes ([`gather`]) and release the answers to the
//! leader in bundles of at least 3 new members ([`page`]).

pub mod gather;
pub mod list;
pub mod new;
pub mod page;
