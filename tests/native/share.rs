//! Share codes: exact round trips, size budgets, and rejection of every
//! damaged code. The corruption properties below check well over 100 000
//! damaged codes per run (see the counts in each test's comment).

use crate::common::{en, sparc};
use align180::domain::base::ids::id_from_random;
use align180::domain::base::rating::Rating;
use align180::domain::base::text::clean_label;
use align180::domain::formats::share::envelope::code_in;
use align180::domain::formats::share::invitation::Invitation;
use align180::domain::formats::share::response::{minute_to_ms, ms_to_minute, ResponseCode};
use align180::domain::formats::share::ShareError;
use align180::domain::records::response::Response;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn any_label() -> impl Strategy<Value = String> {
    ".{1,60}"
        .prop_map(|s| clean_label(&s))
        .prop_filter("non-empty", |s| !s.is_empty())
}

fn any_id() -> impl Strategy<Value = String> {
    proptest::array::uniform16(any::<u8>()).prop_map(|b| id_from_random(&b))
}

fn any_invitation() -> impl Strategy<Value = Invitation> {
    (
        any_id(),
        any::<u32>(),
        any_label(),
        proptest::option::of(any_label()),
        proptest::option::of(any_label()),
    )
        .prop_map(
            |(assessment_id, nonce, leader, manager, cycle)| Invitation {
                instrument: sparc(),
                assessment_id,
                nonce,
                leader,
                manager,
                cycle,
            },
        )
}

fn any_reflection() -> impl Strategy<Value = String> {
    "[A-Za-z0-9 ,.'!?é—\n]{1,300}".prop_filter("has text", |s| !s.trim().is_empty())
}

fn any_response_code() -> impl Strategy<Value = ResponseCode> {
    let ids: Vec<String> = sparc().items().map(|(_, i)| i.id.clone()).collect();
    let prompts: Vec<String> = sparc().reflections.iter().map(|r| r.id.clone()).collect();
    (
        any_id(),
        any::<u32>(),
        0u32..(1 << 24),
        proptest::option::of(any_label()),
        proptest::collection::vec(crate::common::maybe_rating(), ids.len()),
        proptest::sample::subsequence((0..ids.len()).collect::<Vec<_>>(), 0..=3).prop_shuffle(),
        proptest::collection::vec(proptest::option::of(any_reflection()), prompts.len()),
    )
        .prop_map(
            move |(assessment_id, nonce, minute, manager, ratings, prio, refl)| {
                let ratings: BTreeMap<String, Rating> = ids
                    .iter()
                    .zip(ratings)
                    .filter_map(|(id, r)| r.map(|r| (id.clone(), r)))
                    .collect();
                let reflections = prompts
                    .iter()
                    .zip(refl)
                    .filter_map(|(id, t)| t.map(|t| (id.clone(), t)))
                    .collect();
                ResponseCode {
                    instrument: sparc(),
                    assessment_id,
                    nonce,
                    submitted_minute: minute,
                    manager,
                    response: Response {
                        ratings,
                        priorities: prio.into_iter().map(|i| ids[i].clone()).collect(),
                        reflections,
                        last_step: None,
                        submitted_at: Some(minute_to_ms(minute)),
                    },
                }
            },
        )
}

/// Every truncation and every single-character change of `code` must fail
/// to decode (returns how many damaged codes were checked).
fn assert_every_damage_is_rejected<T: std::fmt::Debug>(
    code: &str,
    decode: impl Fn(&str) -> Result<T, ShareError>,
) -> usize {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut checked = 0;
    for end in 0..code.len() {
        assert!(
            decode(&code[..end]).is_err(),
            "truncation to {end} accepted"
        );
        checked += 1;
    }
    let bytes = code.as_bytes();
    for i in 0..bytes.len() {
        for &c in ALPHABET {
            if c == bytes[i] {
                continue;
            }
            let mut changed = bytes.to_vec();
            changed[i] = c;
            let changed = String::from_utf8(changed).unwrap_or_default();
            assert!(
                decode(&changed).is_err(),
                "change at {i} to {} accepted",
                c as char
            );
            checked += 1;
        }
    }
    checked
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn invitations_decode_to_exactly_what_was_encoded(inv in any_invitation()) {
        let code = inv.encode().map_err(|e| TestCaseError::fail(e.describe(en())))?;
        prop_assert_eq!(Invitation::decode(&code), Ok(inv));
        prop_assert!(ResponseCode::decode(&code).is_err());
    }

    #[test]
    fn responses_decode_to_exactly_what_was_encoded(rc in any_response_code()) {
        let code = rc.encode().map_err(|e| TestCaseError::fail(e.describe(en())))?;
        prop_assert_eq!(ResponseCode::decode(&code), Ok(rc));
        prop_assert!(Invitation::decode(&code).is_err());
    }

    // 64 cases × (length + 63 × length) ≈ 64 × 64 × ~60 ≈ 250 000 damaged invitations.
    #[test]
    fn every_damaged_invitation_is_rejected(inv in any_invitation()) {
        let code = inv.encode().map_err(|e| TestCaseError::fail(e.describe(en())))?;
        assert_every_damage_is_rejected(&code, Invitation::decode);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    // 48 cases × 64 × length (≥ 45) ≥ 138 000 damaged responses.
    #[test]
    fn every_damaged_response_is_rejected(rc in any_response_code()) {
        let mut rc = rc;
        // Keep codes short so each case is quick; reflections are covered above.
        rc.response.reflections.clear();
        let code = rc.encode().map_err(|e| TestCaseError::fail(e.describe(en())))?;
        let checked = assert_every_damage_is_rejected(&code, ResponseCode::decode);
        prop_assert!(checked >= 45 * 64);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn random_text_is_rejected_without_panicking(text in ".{0,200}") {
        prop_assert!(Invitation::decode(&text).is_err());
        prop_assert!(ResponseCode::decode(&text).is_err());
    }

    #[test]
    fn random_bytes_in_code_form_are_rejected(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
        use base64::Engine;
        let code = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        prop_assert!(Invitation::decode(&code).is_err());
        prop_assert!(ResponseCode::decode(&code).is_err());
    }
}

fn typical_response(reflections: Option<[&str; 3]>, manager: &str) -> ResponseCode {
    let mut response = Response::default();
    for (i, (_, item)) in sparc().items().enumerate() {
        response.rate(&item.id, Rating::Score((i % 5) as u8 + 1));
    }
    let ids: Vec<String> = sparc().items().map(|(_, i)| i.id.clone()).collect();
    response.priorities = vec![ids[0].clone(), ids[12].clone(), ids[24].clone()];
    if let Some(texts) = reflections {
        for (prompt, text) in sparc().reflections.iter().zip(texts) {
            response.set_reflection(&prompt.id, text);
        }
    }
    let minute = ms_to_minute(1_790_000_000_000);
    response.submitted_at = Some(minute_to_ms(minute));
    ResponseCode {
        instrument: sparc(),
        assessment_id: id_from_random(&[7; 16]),
        nonce: 0xDEAD_BEEF,
        submitted_minute: minute,
        manager: Some(manager.to_string()),
        response,
    }
}

const PROSE_2: &str = "Mostly aligned on what matters, less on pace. I see Dana protecting the team from churn, \
which I value, yet some decisions wait for certainty we will never get. I would like earlier calls with a stated \
confidence level, and a habit of revisiting them openly when new facts arrive, rather than quietly changing course later on.";

const PROSE_3: &str = "Coaching the two team leads to run their own planning, so that Dana spends less time as the \
escalation point. Being explicit about trade-offs when a new request lands. Celebrating finished milestones in the \
monthly review. Asking the wider team for feedback on how changes are communicated, then acting visibly on it together.";

const PROSE: &str = "We agree that the team needs a clearer line of sight from the strategy to its weekly work. \
Dana explains the why well in all-hands meetings, but in one-on-ones the priorities drift and people are unsure \
which requests can wait. Over the next quarter, success means fewer escalations, a shared list of three priorities, \
and regular check-ins on progress.";

#[test]
fn response_codes_stay_within_their_budgets() {
    let short = typical_response(None, "Sam Patel")
        .encode()
        .unwrap_or_default();
    println!(
        "response code, ratings and priorities (manager 'Sam Patel'): {} characters",
        short.len()
    );
    assert!(short.len() <= 80, "{} > 80", short.len());
    let long_name = typical_response(None, "Samantha Patel-Okafor")
        .encode()
        .unwrap_or_default();
    println!(
        "the same with a 21-character manager name: {} characters",
        long_name.len()
    );
    assert!(long_name.len() <= 80, "{} > 80", long_name.len());

    let texts: Vec<String> = [PROSE, PROSE_2, PROSE_3]
        .iter()
        .map(|p| p.chars().take(300).collect())
        .collect();
    assert!(texts.iter().all(|t| t.chars().count() == 300));
    let long = typical_response(Some([&texts[0], &texts[1], &texts[2]]), "Sam Patel")
        .encode()
        .unwrap_or_default();
    println!(
        "response code with three different 300-character reflections: {} characters",
        long.len()
    );
    assert!(long.len() <= 1200, "{} > 1200", long.len());
    assert!(ResponseCode::decode(&long).is_ok());
}

#[test]
fn submission_times_keep_their_minute() {
    let ms = 1_790_000_123_456;
    let back = minute_to_ms(ms_to_minute(ms));
    assert!(back <= ms && ms - back < 60_000);
    assert_eq!(ms_to_minute(0), 0);
}

#[test]
fn links_and_pasted_text_yield_the_code() {
    let code = typical_response(None, "Sam Patel")
        .encode()
        .unwrap_or_default();
    let link = format!("https://example.org/align180/#/response/{code}");
    assert_eq!(code_in(&link), code);
    assert_eq!(code_in(&format!("  {code}\n")), code);
    assert!(ResponseCode::decode(code_in(&link)).is_ok());
}

#[test]
fn errors_say_what_is_wrong() {
    assert_eq!(ResponseCode::decode(""), Err(ShareError::Empty));
    assert_eq!(ResponseCode::decode("abc def"), Err(ShareError::NotACode));
    let code = typical_response(None, "Sam Patel")
        .encode()
        .unwrap_or_default();
    assert_eq!(
        ResponseCode::decode(&code[..code.len() - 3]),
        Err(ShareError::Damaged)
    );
    let inv = Invitation {
        instrument: sparc(),
        assessment_id: id_from_random(&[1; 16]),
        nonce: 1,
        leader: "Dana".into(),
        manager: None,
        cycle: None,
    };
    let inv_code = inv.encode().unwrap_or_default();
    assert_eq!(ResponseCode::decode(&inv_code), Err(ShareError::WrongKind));
    assert!(ShareError::Damaged
        .describe(en())
        .contains("incomplete or has been changed"));
    let bad_id = Invitation {
        assessment_id: "abc".into(),
        ..inv
    };
    assert!(matches!(bad_id.encode(), Err(ShareError::CannotEncode(_))));
}

#[test]
fn pasted_text_that_is_no_code_gets_one_plain_sentence() {
    use align180::domain::formats::share::pasted::{pasted_text_problem, PastedProblem};
    use align180::domain::formats::share::ShareError;
    assert_eq!(
        pasted_text_problem("hello", &ShareError::Damaged).describe(en()),
        "That is not an Align 180 link or code: paste the whole link you were sent."
    );
    assert_eq!(
        pasted_text_problem("https://example.org/#/response/abc", &ShareError::Damaged),
        PastedProblem::NotACode
    );
    assert_eq!(
        pasted_text_problem("   ", &ShareError::Damaged).describe(en()),
        "Paste the link or code you were sent first."
    );
    // A code cut short keeps its decoder's reason.
    let damaged = pasted_text_problem("AbCdEfGhIjKlMnOpQrStUvWxYz012345", &ShareError::Damaged)
        .describe(en());
    assert_eq!(damaged, ShareError::Damaged.describe(en()));
    assert_eq!(damaged.matches(". ").count(), 1, "{damaged}");
}

/// Codes made before the checksum lost its lookup table must still open:
/// the CRC-32 is the standard one (zip, PNG), checked against its published
/// check value and against a table-free reference computed here bit by bit.
#[test]
fn the_checksum_is_the_standard_crc_32() {
    use align180::domain::base::checksum::crc32;
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
    let reference = |bytes: &[u8]| {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    };
    let sample: Vec<u8> = (0u16..600).map(|i| (i * 37 % 251) as u8).collect();
    for len in [1, 5, 64, 600] {
        assert_eq!(
            crc32(&sample[..len]),
            reference(&sample[..len]),
            "{len} bytes"
        );
    }
}
