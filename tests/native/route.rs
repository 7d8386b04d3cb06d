//! Page addresses: every route survives a trip through its URL.

use align180::domain::formats::route::Route;
use align180::domain::records::response::Rater;
use proptest::prelude::*;

fn any_route() -> impl Strategy<Value = Route> {
    let id = "[A-Za-z0-9_-]{1,64}";
    prop_oneof![
        Just(Route::Home),
        Just(Route::Start),
        id.prop_map(|assessment| Route::Profile { assessment }),
        id.prop_map(|assessment| Route::Reveal { assessment }),
        id.prop_map(|assessment| Route::Invite { assessment }),
        id.prop_map(|assessment| Route::Progress { assessment }),
        id.prop_map(|assessment| Route::Respond { assessment }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::OpenInvitation { code }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::OpenResponse { code }),
        id.prop_map(|assessment| Route::Report { assessment }),
        id.prop_map(|assessment| Route::KeepCopy { assessment }),
        id.prop_map(|assessment| Route::SendBack { assessment }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::Restore { code }),
        Just(Route::About),
        id.prop_map(|assessment| Route::ShareWithCohort { assessment }),
        Just(Route::NewCohort),
        Just(Route::Instruments),
        (id, any::<u32>()).prop_map(|(id, version)| Route::PreviewInstrument {
            id: id.to_string(),
            version
        }),
        id.prop_map(|cohort| Route::Cohort { cohort }),
        id.prop_map(|cohort| Route::PresentCohort { cohort }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::JoinCohort { code }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::OpenCohortCode { code }),
        id.prop_map(|assessment| Route::AskTeam { assessment }),
        id.prop_map(|pulse| Route::TeamPulse { pulse }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::AnswerPulse { code }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::OpenPulseCode { code }),
        Just(Route::Collect),
        id.prop_map(|collector| Route::Collector { collector }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::OpenCollectorLink { code }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::OpenBundle { code }),
        "[A-Za-z0-9_-]{1,300}".prop_map(|code| Route::OpenSealedCode { code }),
        (id, any::<bool>()).prop_map(|(assessment, leader)| Route::Turn {
            assessment,
            rater: if leader {
                Rater::Leader
            } else {
                Rater::Manager
            },
        }),
        (id, any::<bool>(), "[a-z0-9-]{1,20}").prop_map(|(assessment, leader, step)| {
            Route::Questionnaire {
                assessment,
                rater: if leader {
                    Rater::Leader
                } else {
                    Rater::Manager
                },
                step,
            }
        }),
    ]
}

proptest! {
    #[test]
    fn routes_round_trip_through_their_href(route in any_route()) {
        prop_assert_eq!(Route::parse(&route.href()), route);
    }

    #[test]
    fn any_fragment_parses_without_panicking(hash in ".{0,120}") {
        let route = Route::parse(&hash);
        // Whatever came in, the href we would write back is well formed.
        prop_assert!(route.href().starts_with("#/"));
    }
}

#[test]
fn a_rater_resumes_where_they_were_or_at_the_first_step() {
    use align180::domain::records::assessment::Assessment;
    use align180::domain::records::response::Rater;
    use align180::domain::sets::instrument::Instrument;
    let sparc = Instrument::sparc_180();
    let mut a = Assessment::new("resumeresumeresu".into(), sparc, "Dana", "Sam", "", 1)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let at = |a: &Assessment, rater| match a.resume_route(rater, sparc) {
        Route::Questionnaire { step, .. } => step,
        other => panic!("{other:?}"),
    };
    assert_eq!(at(&a, Rater::Leader), "strategy");
    a.leader_response.last_step = Some("priorities".into());
    assert_eq!(at(&a, Rater::Leader), "priorities");
    // A step this question set does not have: back to the first.
    a.leader_response.last_step = Some("no-such-step".into());
    assert_eq!(at(&a, Rater::Leader), "strategy");
    // The manager has not started: the first step.
    assert_eq!(at(&a, Rater::Manager), "strategy");
    assert!(matches!(
        a.resume_route(Rater::Manager, sparc),
        Route::Questionnaire {
            rater: Rater::Manager,
            ..
        }
    ));
}

#[test]
fn reports_and_dashboards_use_the_width_forms_a_reading_column() {
    assert!(Route::Home.wide());
    assert!(Route::Report {
        assessment: "x".into()
    }
    .wide());
    assert!(!Route::Start.wide());
    assert!(!Route::Questionnaire {
        assessment: "x".into(),
        rater: align180::domain::records::response::Rater::Leader,
        step: "strategy".into()
    }
    .wide());
}

#[test]
fn pages_with_charts_are_named_and_answering_is_not_one_of_them() {
    let charts = [
        "#/a/x1/report",
        "#/a/x1/profile",
        "#/a/x1/progress",
        "#/cohort/c1",
        "#/cohort/c1/present",
        "#/team/p1",
    ];
    for hash in charts {
        assert!(Route::parse(hash).has_charts(), "{hash}");
    }
    for hash in [
        "#/",
        "#/start",
        "#/a/x1/self/strategy",
        "#/a/x1/invite",
        "#/pulse/abc",
        "#/join/abc",
    ] {
        assert!(!Route::parse(hash).has_charts(), "{hash}");
    }
}

// Hand-written addresses (moved from the module, which stays under 400 lines).

#[test]
fn known_addresses_parse() {
    assert_eq!(Route::parse(""), Route::Home);
    assert_eq!(Route::parse("#/"), Route::Home);
    assert_eq!(Route::parse("#/start"), Route::Start);
    assert_eq!(
        Route::parse("#/a/x1/self/purpose"),
        Route::Questionnaire {
            assessment: "x1".into(),
            rater: Rater::Leader,
            step: "purpose".into()
        }
    );
    assert_eq!(
        Route::parse("#/a/x1/profile"),
        Route::Profile {
            assessment: "x1".into()
        }
    );
}

#[test]
fn malformed_addresses_are_not_found() {
    for bad in [
        "#/a",
        "#/a/x1",
        "#/a/x1/boss/purpose",
        "#/a/<b>/profile",
        "#/a/x1/self/a%20b",
        "#/nope",
    ] {
        assert_eq!(Route::parse(bad), Route::NotFound, "{bad}");
    }
}
