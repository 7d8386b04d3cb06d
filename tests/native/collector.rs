//! Team pulse anonymity without a server (issue 25): the collector link,
//! members' sealed codes and the collector's bundles round-trip exactly and
//! refuse every truncation and single change; the collector's rules (at
//! least 3 new members a bundle, no tokens, random order, replacement before
//! release only, comments in steps of 5) and the leader's check of each
//! bundle, with their messages; stored forms and backups.

use crate::common::en;
use crate::pulse_codes::{any_response, set};
use align180::domain::formats::collector_gather::NotUsed;
use align180::domain::formats::files::{export_backup, read_file, FileContent};
use align180::domain::formats::gathering::Rejection;
use align180::domain::formats::share::bundle::PulseBundle;
use align180::domain::formats::share::collector::CollectorLink;
use align180::domain::formats::share::pulse::PulseLink;
use align180::domain::formats::share::sealed::{answers_to_seal, SealedPulseCode};
use align180::domain::formats::stored::{RecordProblem, StoredRecord};
use align180::domain::records::collector::Collector;
use align180::domain::records::pulse::{
    Agreement, CollectorRef, Member, Pulse, PulseResponse, Released,
};
use align180::domain::rules::pulse::collect::{Held, PulseOfCode};
use align180::domain::rules::pulse::release::{Refused, Taken};
use proptest::prelude::*;

const PULSE_ID: &str = "pqrstuvwxyz23456";
const COLLECTOR_ID: &str = "cdefghijkmnpqrst";
const NONCE: u32 = 0xdead_beef;

fn public_key(seed: u8) -> Vec<u8> {
    let mut key = vec![4u8];
    key.extend((0..64).map(|i: u8| i.wrapping_mul(31).wrapping_add(seed)));
    key
}

fn collector_ref() -> CollectorRef {
    CollectorRef {
        id: COLLECTOR_ID.into(),
        name: "Sam Okafor".into(),
        public_key: public_key(7),
    }
}

fn collector() -> Collector {
    Collector {
        id: COLLECTOR_ID.into(),
        name: "Sam Okafor".into(),
        public_key: public_key(7),
        private_key: vec![48; 138],
        created_at: 1_790_000_000_000,
        pulses: Vec::new(),
    }
}

fn leader_pulse() -> Pulse {
    Pulse {
        id: PULSE_ID.into(),
        leader: "Priya Shah".into(),
        cycle: Some("Q1 2027".into()),
        assessment: None,
        set: set().reference(),
        nonce: NONCE,
        created_at: 1_790_000_000_000,
        members: Vec::new(),
        collector: Some(collector_ref()),
        released: None,
    }
}

fn of() -> PulseOfCode {
    PulseOfCode {
        pulse_id: PULSE_ID.into(),
        nonce: NONCE,
        set: set().reference(),
        leader: "Priya Shah".into(),
    }
}

/// Every statement answered `score`, with an optional comment.
fn answers(score: u8, comment: Option<&str>) -> PulseResponse {
    PulseResponse {
        answers: set()
            .statements()
            .map(|(_, s)| (s.id.clone(), Agreement::Score(score)))
            .collect(),
        comment: comment.map(str::to_string),
    }
}

fn member(token: u32, score: u8, comment: Option<&str>) -> Member {
    Member {
        token,
        response: answers(score, comment),
    }
}

/// A shuffle's choices from a small fixed generator.
fn picks(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        ((seed >> 33) as usize) % n
    }
}

fn bundle_text(released: Released) -> String {
    PulseBundle {
        set: set(),
        pulse_id: PULSE_ID.into(),
        nonce: NONCE,
        released,
    }
    .encode()
    .expect("encodes")
}

fn assert_refuses_cuts_and_changes<T: std::fmt::Debug>(
    text: &str,
    decode: impl Fn(&str) -> Result<T, align180::domain::formats::share::ShareError>,
) {
    assert!(decode(text).is_ok());
    for cut in 0..text.len() {
        assert!(decode(&text[..cut]).is_err(), "cut at {cut}");
    }
    let alphabet = b"AQgw09_-";
    for i in 0..text.len() {
        for &c in alphabet {
            let mut changed = text.as_bytes().to_vec();
            if changed[i] == c {
                continue;
            }
            changed[i] = c;
            let changed = String::from_utf8(changed).expect("ascii");
            assert!(decode(&changed).is_err(), "changed at {i} to {}", c as char);
        }
    }
}

#[test]
fn a_collector_link_round_trips_and_refuses_every_cut_and_change() {
    let link = CollectorLink {
        collector: collector_ref(),
    };
    let text = link.encode().expect("encodes");
    assert_eq!(CollectorLink::decode(&text), Ok(link));
    assert_refuses_cuts_and_changes(&text, CollectorLink::decode);
    // A key that is not a raw P-256 point is never written.
    let mut bad = collector_ref();
    bad.public_key[0] = 2;
    assert!(CollectorLink { collector: bad }.encode().is_err());
}

#[test]
fn a_pulse_link_carries_its_collector_and_old_links_still_open() {
    let mut link = leader_pulse().link().expect("link");
    assert_eq!(link.collector, Some(collector_ref()));
    let text = link.encode().expect("encodes");
    assert_eq!(
        PulseLink::decode(&text).map(|l| l.collector),
        Ok(Some(collector_ref()))
    );
    assert_refuses_cuts_and_changes(&text, PulseLink::decode);
    link.collector = None;
    let plain = link.encode().expect("encodes");
    assert!(plain.len() < text.len());
    assert_eq!(PulseLink::decode(&plain).map(|l| l.collector), Ok(None));
}

fn sealed(ciphertext: Vec<u8>) -> SealedPulseCode {
    SealedPulseCode {
        set_fingerprint: set().fingerprint(),
        pulse_id: PULSE_ID.into(),
        nonce: NONCE,
        key_tag: collector_ref().key_tag(),
        ephemeral_key: public_key(99),
        iv: vec![5; 12],
        sealed: ciphertext,
    }
}

#[test]
fn a_sealed_code_round_trips_and_refuses_every_cut_and_change() {
    let code = sealed(vec![1; 40]);
    let text = code.encode().expect("encodes");
    assert_eq!(SealedPulseCode::decode(&text), Ok(code.clone()));
    assert_refuses_cuts_and_changes(&text, SealedPulseCode::decode);
    // The associated data is exactly the code's outside, before the sealed bytes.
    let aad = code.associated_data().expect("aad");
    let raw = {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&text)
            .expect("base64")
    };
    assert_eq!(&raw[..aad.len()], aad.as_slice());
    // Fewer bytes than AES-GCM's tag are no sealed answers.
    assert!(SealedPulseCode::decode(&sealed(vec![1; 15]).encode().expect("encodes")).is_err());
}

proptest! {
    #[test]
    fn sealed_answers_read_back_exactly(token in any::<u32>(), response in any_response()) {
        let bytes = answers_to_seal("Priya Shah", set(), token, &response).expect("writes");
        let (pulse, member) = sealed(vec![0; 16]).read_opened(&bytes).expect("reads");
        prop_assert_eq!(pulse, of());
        prop_assert_eq!(member, Member { token, response });
        for cut in 0..bytes.len() {
            prop_assert!(sealed(vec![0; 16]).read_opened(&bytes[..cut]).is_err());
        }
    }

    #[test]
    fn bundles_round_trip_exactly(responses in proptest::collection::vec(any_response(), 3..12), seed in any::<u64>()) {
        let mut c = collector();
        for (i, r) in responses.iter().enumerate() {
            c.hold(of(), Member { token: i as u32, response: r.clone() });
        }
        let released = c.pulses[0].release(&mut picks(seed)).expect("releases");
        let text = bundle_text(released.clone());
        let back = PulseBundle::decode(&text).expect("decodes");
        prop_assert_eq!(back.released, released);
    }
}

#[test]
fn a_bundle_refuses_every_cut_and_change_and_fewer_than_three() {
    let text = bundle_text(Released {
        bundle: 1,
        answers: vec![
            answers(4, None).answers,
            answers(2, None).answers,
            answers(5, None).answers,
        ],
        comments: Vec::new(),
        comment_members: 0,
    });
    assert_refuses_cuts_and_changes(&text, PulseBundle::decode);
    let two = PulseBundle {
        set: set(),
        pulse_id: PULSE_ID.into(),
        nonce: NONCE,
        released: Released {
            bundle: 1,
            answers: vec![answers(4, None).answers, answers(2, None).answers],
            comments: Vec::new(),
            comment_members: 0,
        },
    };
    assert!(two.encode().is_err());
}

#[test]
fn the_collector_holds_replaces_before_release_and_never_after() {
    let mut c = collector();
    assert_eq!(c.hold(of(), member(11, 2, None)), Held::Added);
    assert_eq!(c.hold(of(), member(11, 2, None)), Held::Duplicate);
    assert_eq!(c.hold(of(), member(11, 4, None)), Held::Updated);
    assert_eq!(c.hold(of(), member(12, 3, None)), Held::Added);
    let pulse = &mut c.pulses[0];
    assert_eq!(pulse.held.len(), 2);
    // Two held: no bundle.
    assert_eq!(
        pulse.release(&mut picks(1)).map(|_| ()),
        Err(align180::domain::rules::pulse::collect::TooFewToRelease { held: 2 })
    );
    assert_eq!(c.hold(of(), member(13, 5, None)), Held::Added);
    let first = c.pulses[0].release(&mut picks(1)).expect("three release");
    assert_eq!(first.bundle, 1);
    assert_eq!(first.answers.len(), 3);
    // The replacement went out, not the first answers.
    let mut scores: Vec<Agreement> = first
        .answers
        .iter()
        .map(|a| *a.values().next().expect("answered"))
        .collect();
    scores.sort_by_key(|a| format!("{a:?}"));
    assert_eq!(
        scores,
        vec![
            Agreement::Score(3),
            Agreement::Score(4),
            Agreement::Score(5)
        ]
    );
    // After release: the same answers change nothing; new ones are refused.
    assert_eq!(c.hold(of(), member(11, 4, None)), Held::Duplicate);
    assert_eq!(c.hold(of(), member(11, 1, None)), Held::AlreadyReleased);
    assert!(c.pulses[0].held.is_empty());
    assert_eq!(c.pulses[0].released.len(), 3);
}

#[test]
fn a_bundle_has_no_tokens_and_random_order() {
    let mut c = collector();
    let tokens = [
        0x1234_5678_u32,
        0x9abc_def0,
        0x0f0f_0f0f,
        0x7777_1111,
        0x2468_ace0,
        0x1357_9bdf,
    ];
    for (i, t) in tokens.iter().enumerate() {
        c.hold(of(), member(*t, (i % 5) as u8 + 1, None));
    }
    let arrival: Vec<_> = c.pulses[0]
        .held
        .iter()
        .map(|m| m.response.answers.clone())
        .collect();
    let released = c.pulses[0].release(&mut picks(42)).expect("releases");
    let text = bundle_text(released.clone());
    let raw = {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&text)
            .expect("base64")
    };
    for t in tokens {
        assert!(
            !raw.windows(4).any(|w| w == t.to_be_bytes()),
            "token {t:x} in the bundle"
        );
    }
    // The same answers, not in the order they arrived (for this shuffle);
    // and shuffles differ from one another.
    let mut sorted_in = arrival.clone();
    let mut sorted_out = released.answers.clone();
    sorted_in.sort_by_key(|a| format!("{a:?}"));
    sorted_out.sort_by_key(|a| format!("{a:?}"));
    assert_eq!(sorted_in, sorted_out);
    assert_ne!(released.answers, arrival);
    let again = c.pulses[0].latest(&mut picks(7)).expect("latest");
    assert_ne!(again.answers, released.answers);
}

#[test]
fn comments_go_out_only_five_members_at_a_time() {
    let mut c = collector();
    for t in 1..=3 {
        c.hold(of(), member(t, 3, Some(&format!("comment {t}"))));
    }
    let first = c.pulses[0].release(&mut picks(3)).expect("first");
    assert_eq!((first.comments.len(), first.comment_members), (0, 0));
    for t in 4..=6 {
        c.hold(of(), member(t, 3, Some(&format!("comment {t}"))));
    }
    let second = c.pulses[0].release(&mut picks(3)).expect("second");
    assert_eq!((second.comments.len(), second.comment_members), (6, 6));
    for t in 7..=9 {
        c.hold(of(), member(t, 3, None));
    }
    let third = c.pulses[0].release(&mut picks(3)).expect("third");
    assert_eq!((third.answers.len(), third.comment_members), (9, 6));
    // The leader takes all three in turn.
    let mut p = leader_pulse();
    for (bundle, new) in [(first, 3), (second, 3), (third, 3)] {
        assert_eq!(p.take(bundle), Ok(Taken::Added { new }));
    }
    assert_eq!(p.picture().map(|pic| pic.comments.len()), Some(6));
}

fn released(bundle: u32, members: usize) -> Released {
    Released {
        bundle,
        answers: (0..members)
            .map(|i| answers((i % 5) as u8 + 1, None).answers)
            .collect(),
        comments: Vec::new(),
        comment_members: 0,
    }
}

#[test]
fn the_leader_refuses_bundles_adding_one_or_two_members() {
    let mut p = leader_pulse();
    assert_eq!(p.take(released(1, 5)), Ok(Taken::Added { new: 5 }));
    let before = p.clone();
    for (members, new) in [(6, 1), (7, 2)] {
        let refused = p.take(released(2, members));
        assert_eq!(refused, Err(Refused::TooFewNew { new }));
        assert_eq!(p, before, "nothing changed");
    }
    assert_eq!(
        Refused::TooFewNew { new: 1 }.describe(en()),
        "this bundle adds 1 new member's answers; a bundle must add at least 3, so no one's answers can be worked out by comparing two pictures"
    );
    assert_eq!(
        Refused::TooFewNew { new: 2 }.describe(en()),
        "this bundle adds 2 new members' answers; a bundle must add at least 3, so no one's answers can be worked out by comparing two pictures"
    );
    assert_eq!(p.take(released(1, 5)), Ok(Taken::Duplicate));
    assert_eq!(p.take(released(1, 8)), Err(Refused::Older { have: 1 }));
    assert_eq!(p.take(released(2, 8)), Ok(Taken::Added { new: 3 }));
    // Comments stepping by fewer than five members are refused.
    let mut small_step = released(3, 11);
    small_step.comment_members = 3;
    small_step.comments = vec!["ok".into()];
    assert_eq!(p.take(small_step), Err(Refused::CommentsTooFew));
    // A pulse without a collector takes no bundle.
    let mut own = leader_pulse();
    own.collector = None;
    assert_eq!(own.take(released(1, 3)), Err(Refused::NoCollector));
}

#[test]
fn bundles_for_another_pulse_or_of_another_kind_are_named() {
    let mut p = leader_pulse();
    let mut other = PulseBundle::decode(&bundle_text(released(1, 3))).expect("decodes");
    other.nonce = 1;
    assert_eq!(
        p.add_bundle(&other.encode().expect("encodes")),
        Err(NotUsed::Rejected(Rejection::AnotherPulse))
    );
    let link = CollectorLink {
        collector: collector_ref(),
    }
    .encode()
    .expect("encodes");
    let refused = p
        .add_bundle(&link)
        .expect_err("a collector link is no bundle");
    assert_eq!(
        refused.describe(en()),
        "this is a collector's link for a leader, not a collector's bundle of team answers"
    );
    assert_eq!(
        p.add_bundle(&format!(
            "https://x.org/#/bundle/{}",
            bundle_text(released(1, 4))
        )),
        Ok(Taken::Added { new: 4 })
    );
}

#[test]
fn five_members_picture_by_hand() {
    // Five members; every statement answered 1, 2, 4, 5, 5: mean 3.4,
    // favourable 60 %, neutral 0 %, unfavourable 40 %.
    let mut c = collector();
    for (t, s) in [1u8, 2, 4, 5, 5].iter().enumerate() {
        c.hold(of(), member(t as u32 + 100, *s, None));
    }
    let bundle = c.pulses[0].release(&mut picks(9)).expect("releases");
    let mut p = leader_pulse();
    p.add_bundle(&bundle_text(bundle)).expect("taken");
    let picture = p.picture().expect("picture");
    assert_eq!(picture.responses, 5);
    assert!(!picture.dimensions.is_empty());
    for row in picture.dimensions.iter().chain(&picture.statements) {
        assert_eq!(
            row.figures.mean.map(|m| (m * 10.0).round() / 10.0),
            Some(3.4)
        );
        assert_eq!(row.figures.favourable, Some(60));
        assert_eq!(row.figures.unfavourable, Some(40));
    }
}

#[test]
fn stored_collectors_and_pulses_round_trip_and_refuse_what_no_code_carries() {
    let mut c = collector();
    for t in 1..=4 {
        c.hold(of(), member(t, 4, Some("clear goals")));
    }
    c.pulses[0].release(&mut picks(1)).expect("releases");
    let key = Collector::key_for(&c.id);
    assert_eq!(Collector::decode(&key, &c.encode()), Ok(c.clone()));
    let mut twice = c.clone();
    let dup = twice.pulses[0].released[0].clone();
    twice.pulses[0].held.push(dup);
    assert!(matches!(
        Collector::decode(&key, &twice.encode()),
        Err(RecordProblem::Unreadable(_))
    ));
    let mut bad_key = c.clone();
    bad_key.public_key.pop();
    assert!(Collector::decode(&key, &bad_key.encode()).is_err());
    assert!(Collector::decode(&Collector::key_for("abcdefghijkmnpqr"), &c.encode()).is_err());

    let mut p = leader_pulse();
    p.take(released(1, 4)).expect("taken");
    let pkey = Pulse::key_for(&p.id);
    assert_eq!(Pulse::decode(&pkey, &p.encode()), Ok(p.clone()));
    let mut with_own_codes = p.clone();
    with_own_codes.members.push(member(1, 3, None));
    assert!(Pulse::decode(&pkey, &with_own_codes.encode()).is_err());
    let mut hostile = p.clone();
    if let Some(r) = hostile.released.as_mut() {
        r.comments.push("a\u{202E}b".into());
        r.comment_members = 5;
    }
    assert!(Pulse::decode(&pkey, &hostile.encode()).is_err());
}

#[test]
fn a_backup_keeps_the_collectors_key_and_answers() {
    let mut c = collector();
    c.hold(of(), member(1, 4, None));
    let file = export_backup(&[], &[], &[], std::slice::from_ref(&c), None, 5);
    match read_file(&file, en()) {
        Ok(FileContent::Assessments {
            collectors,
            unreadable,
            ..
        }) => {
            assert_eq!(collectors, vec![c]);
            assert!(unreadable.is_empty());
        }
        other => panic!("not a backup: {other:?}"),
    }
    // A collector in the file that cannot be read is named, and the rest kept.
    let broken = file.replace("\"Sam Okafor\"", "\"\"");
    match read_file(&broken, en()) {
        Ok(FileContent::Assessments {
            collectors,
            unreadable,
            ..
        }) => {
            assert!(collectors.is_empty());
            assert_eq!(unreadable.len(), 1);
            assert!(
                unreadable[0].starts_with("collector 1: "),
                "{}",
                unreadable[0]
            );
        }
        other => panic!("not a backup: {other:?}"),
    }
}

#[test]
fn code_lengths_stay_short_enough_for_a_qr_code() {
    let link = CollectorLink {
        collector: collector_ref(),
    }
    .encode()
    .expect("encodes");
    let pulse_link = leader_pulse()
        .link()
        .and_then(|l| l.encode())
        .expect("encodes");
    let response = answers(4, None);
    let plain = answers_to_seal("Priya Shah", set(), 1, &response).expect("writes");
    // AES-GCM adds its 16-byte tag.
    let member_code = sealed(vec![0; plain.len() + 16]).encode().expect("encodes");
    let bundle = bundle_text(released(1, 8));
    println!(
        "team pulse with a collector, bare codes in characters: collector link {} · pulse link with its collector {} · sealed member code (15 answers, no comment) {} · bundle of 8 members {}",
        link.len(),
        pulse_link.len(),
        member_code.len(),
        bundle.len()
    );
    // A QR code of version 10 at level M holds 213 bytes.
    for code in [&link, &pulse_link, &member_code, &bundle] {
        assert!(code.len() <= 213, "{} characters", code.len());
    }
}
