//! The short message that goes with every shared link or code file, so a
//! link in a chat says who asks what and how long it takes instead of
//! looking like spam. Pure text, tested natively.

/// About how long answering `items` questions takes, in whole minutes
/// (about 24 seconds a behaviour: 25 behaviours, about 10 minutes).
pub fn minutes_for(items: usize) -> usize {
    (items * 2).div_ceil(5).max(2)
}

/// The invitation to the manager.
pub fn invitation(leader: &str, items: usize) -> String {
    format!(
        "{leader} asks you to rate their leadership in Align 180: {items} behaviours, about {} minutes. Your answers stay on your device until you send them back.",
        minutes_for(items)
    )
}

/// The manager's response, back to the leader.
pub fn response(manager: &str, leader: &str) -> String {
    format!(
        "{manager}'s rating of {leader}'s leadership in Align 180. Open it on your device: the comparison opens beside your own answers."
    )
}

/// The comparison, sent back to the manager's device.
pub fn comparison(leader: &str) -> String {
    format!(
        "{leader}'s 180 comparison in Align 180, sent back to you. Open it on the device where you answered: the same report opens there."
    )
}

/// A restore link, kept by its owner.
pub fn restore(leader: &str) -> String {
    format!(
        "Restore link for {leader}'s assessment in Align 180. Anyone who holds this link can read the whole assessment: keep it private."
    )
}

/// The cohort link, to every participant.
pub fn cohort_link(cohort: &str, items: usize) -> String {
    format!(
        "Join “{cohort}” in Align 180: a leadership self-assessment, {items} behaviours, about {} minutes. Your answers stay in your browser unless you choose to share an anonymous code.",
        minutes_for(items)
    )
}

/// A participant's anonymous code, to the trainer.
pub fn cohort_code(cohort: &str) -> String {
    format!("My anonymous Align 180 answers for “{cohort}” (ratings and priorities only).")
}

/// The team pulse link, to every team member.
pub fn pulse_link(leader: &str, statements: usize) -> String {
    format!(
        "{leader} asks the team how it works together in Align 180: {statements} statements, about {} minutes, no name asked.",
        minutes_for(statements)
    )
}

/// A team member's code.
pub fn pulse_code() -> String {
    "My team pulse answers for Align 180 (no name).".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invitation_says_who_asks_what_and_how_long() {
        assert_eq!(
            invitation("Priya Sharma", 25),
            "Priya Sharma asks you to rate their leadership in Align 180: 25 behaviours, about 10 minutes. Your answers stay on your device until you send them back."
        );
        assert_eq!(minutes_for(15), 6);
        assert_eq!(minutes_for(1), 2);
    }
}
