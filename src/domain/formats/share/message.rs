//! The short message that goes with every shared link or code file, so a
//! link in a chat says who asks what and how long it takes instead of
//! looking like spam. Written in the sender's language; pure text, tested
//! natively.

use crate::domain::base::messages::Messages;

/// About how long answering `items` questions takes, in whole minutes
/// (about 24 seconds a behaviour: 25 behaviours, about 10 minutes).
pub fn minutes_for(items: usize) -> usize {
    (items * 2).div_ceil(5).max(2)
}

/// The invitation to the manager.
pub fn invitation(words: &Messages, leader: &str, items: usize) -> String {
    words.message_invitation(items, &leader, &minutes_for(items))
}

/// The manager's response, back to the leader.
pub fn response(words: &Messages, manager: &str, leader: &str) -> String {
    words.message_response(&manager, &leader)
}

/// The comparison, sent back to the manager's device.
pub fn comparison(words: &Messages, leader: &str) -> String {
    words.message_comparison(&leader)
}

/// A restore link, kept by its owner.
pub fn restore(words: &Messages, leader: &str) -> String {
    words.message_restore(&leader)
}

/// The cohort link, to every participant.
pub fn cohort_link(words: &Messages, cohort: &str, items: usize) -> String {
    words.message_cohort_link(items, &cohort, &minutes_for(items))
}

/// A participant's anonymous code, to the trainer.
pub fn cohort_code(words: &Messages, cohort: &str) -> String {
    words.message_cohort_code(&cohort)
}

/// The team pulse link, to every team member.
pub fn pulse_link(words: &Messages, leader: &str, statements: usize) -> String {
    words.message_pulse_link(statements, &leader, &minutes_for(statements))
}

/// A team member's code.
pub fn pulse_code(words: &Messages) -> String {
    words.message_pulse_code().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::base::language::Language;

    #[test]
    fn the_invitation_says_who_asks_what_and_how_long() {
        let words = Messages::complete(Language::En);
        assert_eq!(
            invitation(&words, "Priya Sharma", 25),
            "Priya Sharma asks you to rate their leadership in Align 180: 25 behaviours, about 10 minutes. Your answers stay on your device until you send them back."
        );
        assert_eq!(minutes_for(15), 6);
        assert_eq!(minutes_for(1), 2);
    }
}
