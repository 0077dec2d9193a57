//! The authorization matrix: every server function, called over HTTP as every role, is
//! allowed or refused exactly as the table below says. The table is written out by hand (not
//! derived from `app::server::policy`), and a test fails when a server function is missing from it.
mod common;

use axum::http::StatusCode;
use common::{kind_of, spawn_app, Jar, TestApp};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    Unconfirmed,
    ChildAwaitingGuardian,
    Participant,
    Mentor,
    Partner,
    Steering,
}

const EVERYONE: &[Who] = &[
    Who::Anonymous,
    Who::Unconfirmed,
    Who::ChildAwaitingGuardian,
    Who::Participant,
    Who::Mentor,
    Who::Partner,
    Who::Steering,
];
const PUBLISHERS: &[Who] = &[Who::Participant, Who::Mentor, Who::Partner, Who::Steering];
const SIGNED_IN: &[Who] = &[
    Who::Unconfirmed,
    Who::ChildAwaitingGuardian,
    Who::Participant,
    Who::Mentor,
    Who::Partner,
    Who::Steering,
];

/// How an endpoint is called: GET with a query or POST with form fields. The arguments are
/// chosen so an allowed call stops at validation and changes nothing.
enum Call {
    Get(String),
    Post(Vec<(&'static str, String)>),
}

struct Row {
    name: &'static str,
    call: Call,
    allowed: &'static [Who],
    /// What a signed-in caller who is refused hears: "forbidden", or "not_found" where
    /// not-yours must look like not-there.
    refusal: &'static str,
}

fn post(pairs: &[(&'static str, &str)]) -> Call {
    Call::Post(pairs.iter().map(|(k, v)| (*k, (*v).to_owned())).collect())
}

/// The records the calls name: demo accounts, and an idea of Rūta's (the participant) with a
/// mentor's feedback on it.
struct Ids {
    mentor: i64,
    partner: i64,
    idea: i64,
    feedback: i64,
    /// A team Rūta (the participant) leads and Aistė (the mentor) mentors. The partner and
    /// the steering member are in other demo teams: "member of another team".
    team: i64,
    team_idea: i64,
    participant: i64,
    /// An answered (declined) join request, a closed role and an open task of the team.
    declined_request: i64,
    closed_role: i64,
    task: i64,
    /// A published demo intervention and a proposed one.
    published: i64,
    proposed: i64,
    /// A demo workshop that took place (registration closed): an allowed registration stops
    /// there and writes nothing.
    past_workshop: i64,
    /// An open request for sign-off on the team's idea.
    gate_request: i64,
    /// The partner's organisation's pledge to Rūta's idea.
    pledge: i64,
    /// A forum the mentor hosts, running its one segment (a circle far from over): an
    /// allowed "next" stops at "the round is not over", removing the segment at "it has run".
    forum: i64,
    segment: i64,
    /// The forum's Open Space (not running yet) and a session in it the mentor convenes.
    open_space: i64,
    session: i64,
    /// A case the mentor brought (Rūta's idea, for the matrix), and a note the mentor wrote.
    case: i64,
    note: i64,
}

fn table(ids: &Ids) -> Vec<Row> {
    let mentor = ids.mentor.to_string();
    let partner = ids.partner.to_string();
    let idea = ids.idea.to_string();
    let feedback = ids.feedback.to_string();
    let team = ids.team.to_string();
    let team_idea = ids.team_idea.to_string();
    let participant = ids.participant.to_string();
    let declined = ids.declined_request.to_string();
    let closed_role = ids.closed_role.to_string();
    let task = ids.task.to_string();
    let published = ids.published.to_string();
    let proposed = ids.proposed.to_string();
    let past_workshop = ids.past_workshop.to_string();
    let gate_request = ids.gate_request.to_string();
    let pledge = ids.pledge.to_string();
    let forum = ids.forum.to_string();
    let segment = ids.segment.to_string();
    let open_space = ids.open_space.to_string();
    let session = ids.session.to_string();
    let case = ids.case.to_string();
    let note = ids.note.to_string();
    let too_long = "x".repeat(700);
    let row = |name, call, allowed, refusal| Row {
        name,
        call,
        allowed,
        refusal,
    };
    vec![
        row("get_home_stats", Call::Get(String::new()), EVERYONE, "-"),
        row("get_session_info", Call::Get(String::new()), EVERYONE, "-"),
        row(
            "register",
            post(&[("email", "x"), ("display_name", "x"), ("password", "x")]),
            EVERYONE,
            "-",
        ),
        row("confirm_email", post(&[("token", "x")]), EVERYONE, "-"),
        row(
            "login",
            post(&[("email", "x"), ("password", "")]),
            EVERYONE,
            "-",
        ),
        row(
            "request_password_reset",
            post(&[("email", "x")]),
            EVERYONE,
            "-",
        ),
        row(
            "reset_password",
            post(&[("token", "x"), ("password", "x")]),
            EVERYONE,
            "-",
        ),
        row("confirm_guardian", post(&[("token", "x")]), EVERYONE, "-"),
        row("resend_confirmation", post(&[]), SIGNED_IN, "-"),
        row(
            "save_idea_draft",
            post(&[("title", "Kiemo šventė")]),
            SIGNED_IN,
            "-",
        ),
        row("get_my_profile", Call::Get(String::new()), SIGNED_IN, "-"),
        row(
            "update_profile",
            post(&[("display_name", "x")]),
            SIGNED_IN,
            "-",
        ),
        row(
            "change_password",
            post(&[("current_password", ""), ("new_password", "")]),
            SIGNED_IN,
            "-",
        ),
        row("export_my_data", Call::Get(String::new()), SIGNED_IN, "-"),
        row("delete_account", post(&[("password", "")]), SIGNED_IN, "-"),
        row(
            "get_person",
            Call::Get(format!("id={mentor}")),
            EVERYONE,
            "-",
        ),
        row("list_directory", Call::Get(String::new()), EVERYONE, "-"),
        row(
            "admin_search_people",
            Call::Get("q=a".into()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "set_role",
            post(&[
                ("user_id", &mentor),
                ("role", "karalius"),
                ("grant", "true"),
            ]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "update_mentor_profile",
            post(&[
                ("user_id", &mentor),
                ("expertise", ""),
                ("capacity", "daug"),
            ]),
            &[Who::Mentor, Who::Steering],
            "not_found",
        ),
        row(
            "update_partner_profile",
            post(&[
                ("user_id", &partner),
                ("org_name", ""),
                ("org_sector", "x"),
                ("org_kind", "x"),
            ]),
            &[Who::Partner, Who::Steering],
            "not_found",
        ),
        // Ideas. Publishing stops at validation here; who may edit which idea is decided
        // inside (authors only) and tested in `ideas.rs`.
        row("list_ideas", Call::Get("q=kiem".into()), EVERYONE, "-"),
        row("get_idea", Call::Get(format!("id={idea}")), EVERYONE, "-"),
        row(
            "similar_ideas",
            Call::Get("title=kiemas".into()),
            EVERYONE,
            "-",
        ),
        row(
            "idea_history",
            Call::Get(format!("id={idea}")),
            EVERYONE,
            "-",
        ),
        row("get_invite", Call::Get("token=x".into()), EVERYONE, "-"),
        row(
            "share_idea",
            post(&[("title", ""), ("summary", "")]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "update_idea",
            post(&[
                ("id", &idea),
                ("version", "1"),
                ("title", ""),
                ("summary", ""),
            ]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "invite_coauthor",
            post(&[("id", &idea), ("email", "x")]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "accept_invite",
            post(&[("token", "x")]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "remove_coauthor",
            post(&[("id", &idea), ("user_id", "0")]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "redact_version",
            post(&[("id", &idea), ("version", "0")]),
            SIGNED_IN,
            "forbidden",
        ),
        row(
            "revoke_invite",
            post(&[("id", &idea), ("invite_id", "0")]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "support_idea",
            post(&[("id", &idea), ("on", "false")]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "post_comment",
            post(&[("idea_id", &idea), ("body", "")]),
            PUBLISHERS,
            "forbidden",
        ),
        // Only the idea's authors mark feedback as addressed ("false" on an open one changes
        // nothing).
        row(
            "mark_addressed",
            post(&[("comment_id", &feedback), ("addressed", "false")]),
            &[Who::Participant],
            "forbidden",
        ),
        // Moving a stage: the authors and the steering group reach the stage rule (which
        // refuses spark→team as invalid); anyone else is refused.
        row(
            "set_idea_stage",
            post(&[("id", &idea), ("stage", "team")]),
            &[Who::Participant, Who::Steering],
            "forbidden",
        ),
        row(
            "follow_idea",
            post(&[("id", &idea), ("on", "false")]),
            SIGNED_IN,
            "-",
        ),
        row(
            "report_content",
            post(&[("idea_id", &idea), ("reason", "x")]),
            SIGNED_IN,
            "-",
        ),
        row(
            "list_reports",
            Call::Get(String::new()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "moderate",
            post(&[("idea_id", &idea), ("action", "x")]),
            &[Who::Steering],
            "forbidden",
        ),
        row("list_partners", Call::Get(String::new()), EVERYONE, "-"),
        row("get_partner", Call::Get("id=1".into()), EVERYONE, "-"),
        row(
            "list_imports",
            Call::Get(String::new()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "get_import",
            Call::Get("id=777".into()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "run_import",
            post(&[("id", "777")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "list_decisions",
            Call::Get(String::new()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "get_decision",
            Call::Get("id=777".into()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "propose_decision",
            post(&[("text", ""), ("deadline", "")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "answer_decision",
            post(&[("id", "777"), ("answer", ""), ("reason", "")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "decisions_about",
            Call::Get("kind=idea&id=1".into()),
            EVERYONE,
            "-",
        ),
        row(
            "invite_partner",
            post(&[("organisation_id", "1"), ("name", ""), ("email", "")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "list_audit",
            Call::Get(String::new()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "get_desk",
            Call::Get("period=all".into()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "set_publishing_block",
            post(&[("user_id", &mentor), ("blocked", "false")]),
            &[Who::Steering],
            "forbidden",
        ),
        // Teams. Reading is public.
        row("list_teams", Call::Get(String::new()), EVERYONE, "-"),
        row("get_team", Call::Get(format!("id={team}")), EVERYONE, "-"),
        row(
            "team_of_idea",
            Call::Get(format!("idea_id={team_idea}")),
            EVERYONE,
            "-",
        ),
        // Forming (an empty name stops it) and asking to join (a message too long).
        row(
            "create_team",
            post(&[("idea_id", &team_idea), ("name", "")]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "request_join",
            post(&[("team_id", &team), ("message", &too_long)]),
            PUBLISHERS,
            "forbidden",
        ),
        // Running the team is for its lead: answering an answered request is a conflict,
        // making oneself lead, an empty role and inviting a member are invalid, closing a
        // closed role changes nothing. Everyone else is refused, members and mentors too.
        row(
            "answer_request",
            post(&[("request_id", &declined), ("accept", "false")]),
            &[Who::Participant],
            "forbidden",
        ),
        // Withdrawing is for the person who asked (Lukas here, no role of the matrix): anyone
        // else hears there is no such request.
        row(
            "withdraw_request",
            post(&[("request_id", &declined)]),
            &[],
            "not_found",
        ),
        row(
            "invite_to_team",
            post(&[("team_id", &team), ("user_id", &participant)]),
            &[Who::Participant],
            "forbidden",
        ),
        row(
            "make_lead",
            post(&[("team_id", &team), ("user_id", &participant)]),
            &[Who::Participant],
            "forbidden",
        ),
        row(
            "add_open_role",
            post(&[("team_id", &team), ("title", ""), ("hours", "")]),
            &[Who::Participant],
            "forbidden",
        ),
        row(
            "close_open_role",
            post(&[("role_id", &closed_role)]),
            &[Who::Participant],
            "forbidden",
        ),
        // The private workspace: the team's lead and mentor only. The partner and the
        // steering member, who are in other teams, are told it does not exist.
        row(
            "get_workspace",
            Call::Get(format!("team_id={team}")),
            &[Who::Participant, Who::Mentor],
            "not_found",
        ),
        row(
            "post_team_message",
            post(&[("team_id", &team), ("body", "")]),
            &[Who::Participant, Who::Mentor],
            "not_found",
        ),
        row(
            "add_team_task",
            post(&[("team_id", &team), ("title", "")]),
            &[Who::Participant, Who::Mentor],
            "not_found",
        ),
        row(
            "set_task_done",
            post(&[("task_id", &task), ("done", "false")]),
            &[Who::Participant, Who::Mentor],
            "not_found",
        ),
        row("my_led_teams", Call::Get(String::new()), SIGNED_IN, "-"),
        // Notifications: one's own.
        row("get_inbox", Call::Get(String::new()), SIGNED_IN, "-"),
        // My Santaka: one's own start page, the only one anybody can ask for.
        row("my_start", Call::Get(String::new()), SIGNED_IN, "-"),
        row("mark_read", post(&[]), SIGNED_IN, "-"),
        row(
            "set_notification_prefs",
            post(&[("join_request", "never")]),
            SIGNED_IN,
            "-",
        ),
        // Stage gates and mentors, before the mentor leaves the team below.
        row(
            "get_idea_gate",
            Call::Get(format!("idea_id={idea}")),
            EVERYONE,
            "-",
        ),
        row("get_gate_criteria", Call::Get(String::new()), EVERYONE, "-"),
        row(
            "ask_sign_off",
            // Rūta leads the team; its idea is a spark, so her request stops at the stage rule.
            post(&[("idea_id", &team_idea), ("note", "")]),
            &[Who::Participant],
            "forbidden",
        ),
        row(
            "decide_sign_off",
            // Aistė mentors the team; the steering group may decide any request. Both stop at
            // the missing verdict.
            post(&[("request_id", &gate_request), ("verdict", "")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "save_gate_criteria",
            post(&[("stage", ""), ("criteria", "")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "get_mentor_board",
            Call::Get(format!("team_id={team}")),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "assign_mentor",
            post(&[("team_id", &team), ("mentor", "")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "mentor_loads",
            Call::Get(String::new()),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        // Pledges.
        row(
            "get_idea_backing",
            Call::Get(format!("idea_id={idea}")),
            EVERYONE,
            "-",
        ),
        row(
            "backed_by",
            Call::Get(format!("person={partner}")),
            EVERYONE,
            "-",
        ),
        row(
            "offer_pledge",
            post(&[("idea_id", &idea), ("kind", "")]),
            &[Who::Partner],
            "forbidden",
        ),
        row(
            "answer_pledge",
            // Rūta wrote the idea; the steering group only marks accepted pledges fulfilled.
            post(&[("id", &pledge), ("status", "")]),
            &[Who::Participant],
            "forbidden",
        ),
        // Leaving: the only lead is told to hand over first (invalid); the mentor leaves,
        // so this row comes last of the team's. Outsiders hear there is no such team.
        row(
            "leave_team",
            post(&[("team_id", &team)]),
            &[Who::Participant, Who::Mentor],
            "not_found",
        ),
        // The festival: the program is public; unstarring changes nothing; a proposal stops at
        // its empty title; the steering group's calls stop at validation, except the
        // auto-scheduler and publishing, which take no arguments (they act on the test's own
        // demo edition).
        row("festival_program", Call::Get(String::new()), EVERYONE, "-"),
        row(
            "get_intervention",
            Call::Get(format!("id={published}")),
            EVERYONE,
            "-",
        ),
        row(
            "idea_interventions",
            Call::Get(format!("idea_id={idea}")),
            EVERYONE,
            "-",
        ),
        row(
            "star_intervention",
            post(&[("id", &published), ("on", "false")]),
            SIGNED_IN,
            "-",
        ),
        row(
            "festival_propose_context",
            Call::Get(String::new()),
            SIGNED_IN,
            "-",
        ),
        row(
            "propose_intervention",
            post(&[("team_id", &team), ("title", "")]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "festival_manage",
            Call::Get(String::new()),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "save_edition",
            post(&[("title", ""), ("day", ""), ("opens", ""), ("closes", "")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "save_venue",
            post(&[
                ("name", ""),
                ("address", ""),
                ("lat", ""),
                ("lon", ""),
                ("capacity", ""),
                ("consent", ""),
            ]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "review_intervention",
            post(&[("id", &proposed), ("decision", "")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "place_intervention",
            post(&[("id", &published), ("venue_id", "0"), ("start", "")]),
            &[Who::Steering],
            "forbidden",
        ),
        row(
            "preview_schedule",
            Call::Get(String::new()),
            &[Who::Steering],
            "forbidden",
        ),
        row("auto_schedule", post(&[]), &[Who::Steering], "forbidden"),
        row("undo_schedule", post(&[]), &[Who::Steering], "forbidden"),
        row("publish_program", post(&[]), &[Who::Steering], "forbidden"),
        row("list_workshops", Call::Get(String::new()), EVERYONE, "-"),
        row(
            "get_workshop",
            Call::Get(format!("id={past_workshop}")),
            EVERYONE,
            "-",
        ),
        row(
            "workshop_create_context",
            Call::Get(String::new()),
            &[Who::Mentor, Who::Partner, Who::Steering],
            "forbidden",
        ),
        row(
            "create_workshop",
            post(&[("title", "")]),
            &[Who::Mentor, Who::Partner, Who::Steering],
            "forbidden",
        ),
        row(
            "register_workshop",
            post(&[("id", &past_workshop)]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "cancel_workshop_seat",
            post(&[("id", &past_workshop), ("user_id", &partner)]),
            // The partner asks about his own place; facilitators may remove anyone; for
            // everyone else another person's place does not exist.
            &[Who::Mentor, Who::Partner, Who::Steering],
            "not_found",
        ),
        row(
            "mark_attendance",
            post(&[
                ("id", &past_workshop),
                ("user_id", &partner),
                ("attended", "yes"),
            ]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "record_outcome",
            post(&[("id", &past_workshop), ("team_id", &team), ("notes", "")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        // Forums: public reads; organisers create; the forum's hosts (the mentor) and the
        // steering group run it; the partner may ask about his own (missing) place.
        row("list_forums", Call::Get(String::new()), EVERYONE, "-"),
        row("get_forum", Call::Get(format!("id={forum}")), EVERYONE, "-"),
        row(
            "get_live_forum",
            Call::Get(format!("id={forum}")),
            EVERYONE,
            "-",
        ),
        row(
            "get_forum_console",
            Call::Get(format!("id={forum}")),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "get_seating_cards",
            Call::Get(format!("id={forum}")),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "forum_create_context",
            Call::Get(String::new()),
            &[Who::Mentor, Who::Partner, Who::Steering],
            "forbidden",
        ),
        row(
            "create_forum",
            post(&[("title", "")]),
            &[Who::Mentor, Who::Partner, Who::Steering],
            "forbidden",
        ),
        row(
            "add_segment",
            post(&[("id", &forum), ("kind", "")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "remove_segment",
            post(&[("id", &forum), ("segment", &segment)]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "register_forum",
            post(&[("id", &forum)]),
            PUBLISHERS,
            "forbidden",
        ),
        row(
            "cancel_forum_seat",
            post(&[("id", &forum), ("user_id", &partner)]),
            &[Who::Mentor, Who::Partner, Who::Steering],
            "not_found",
        ),
        row(
            "check_in_forum",
            post(&[("id", &forum), ("user_id", &partner), ("here", "yes")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "advance_forum",
            post(&[("id", &forum)]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "publish_harvest",
            post(&[("id", &forum), ("harvest", "")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "publish_harvest_part",
            post(&[("id", &forum), ("part", "0.0.0"), ("publish", "yes")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "add_harvest_note",
            post(&[("id", &forum), ("body", "")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        // Open Space: the hosts post, place and go (the forum's Open Space has a session the
        // mentor convenes); nobody else here takes part.
        row(
            "post_forum_session",
            post(&[("id", &forum), ("segment", &open_space), ("title", "")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "place_forum_session",
            post(&[("id", &forum), ("session", &session), ("cell", "nowhere")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        row(
            "go_forum_session",
            post(&[("id", &forum), ("session", &session), ("go", "no")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        // A case is brought by hosts or people taking part (the circle is no café: invalid).
        row(
            "bring_forum_case",
            post(&[("id", &forum), ("segment", &segment), ("quest", "")]),
            &[Who::Mentor, Who::Steering],
            "forbidden",
        ),
        // Only a case's holder records its next steps, only a note's writer edits it (the
        // mentor holds the case and wrote the note).
        row(
            "record_next_steps",
            post(&[("id", &forum), ("case", &case), ("steps", "")]),
            &[Who::Mentor],
            "forbidden",
        ),
        row(
            "edit_harvest_note",
            post(&[("id", &forum), ("note", &note), ("body", "")]),
            &[Who::Mentor],
            "forbidden",
        ),
        // Named hosts and people who took part add notes to ideas (the steering group is
        // not a named host here).
        row(
            "note_to_comment",
            post(&[("id", &forum), ("note", "0"), ("idea", "")]),
            &[Who::Mentor],
            "forbidden",
        ),
        // Only people registered for the forum reflect on it (none of the roles here is).
        row(
            "save_reflection",
            post(&[("id", &forum), ("body", "")]),
            &[],
            "forbidden",
        ),
        // Last: an allowed call ends the session.
        row("logout", post(&[]), SIGNED_IN, "-"),
    ]
}

async fn sign_in_as(app: &TestApp, who: Who) -> Jar {
    let (email, password) = match who {
        Who::Anonymous => return Jar::default(),
        Who::Unconfirmed => {
            let (status, body) = app
                .call(
                    "register",
                    &[
                        ("email", "nauja@kaunas.test"),
                        ("display_name", "Nauja narė"),
                        ("password", "Nemunas ir Neris"),
                    ],
                    &mut Jar::default(),
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
            ("nauja@kaunas.test", "Nemunas ir Neris")
        }
        Who::ChildAwaitingGuardian => ("jonukas@santaka.test", "jonukas-demo-2026"),
        Who::Participant => ("ruta@santaka.test", "ruta-demo-2026"),
        Who::Mentor => ("aiste@santaka.test", "aiste-demo-2026"),
        Who::Partner => ("mindaugas@santaka.test", "mindaugas-demo-2026"),
        Who::Steering => ("egle@santaka.test", "egle-demo-2026"),
    };
    app.login(email, password).await
}

async fn id_of(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
        .bind(email)
        .fetch_one(&app.pool)
        .await
        .expect("demo account")
}

#[tokio::test]
async fn every_server_function_allows_and_refuses_each_role_as_the_table_says() {
    let app = spawn_app().await;
    let ruta = id_of(&app, "ruta@santaka.test").await;
    let (idea, feedback): (i64, i64) = sqlx::query_as(
        "SELECT i.id, c.id FROM ideas i JOIN comments c ON c.idea_id = i.id
          WHERE i.author_id = ? AND c.feedback_kind IS NOT NULL AND c.addressed_at IS NULL
          ORDER BY i.id LIMIT 1",
    )
    .bind(ruta)
    .fetch_one(&app.pool)
    .await
    .expect("a demo idea of Rūta's with open mentor feedback");
    let mentor = id_of(&app, "aiste@santaka.test").await;
    let partner = id_of(&app, "mindaugas@santaka.test").await;
    let steering = id_of(&app, "egle@santaka.test").await;
    let lukas = id_of(&app, "lukas@santaka.test").await;
    let (team_idea,): (i64,) = sqlx::query_as(
        "SELECT id FROM ideas WHERE author_id = ? AND stage = 'spark' ORDER BY id LIMIT 1",
    )
    .bind(ruta)
    .fetch_one(&app.pool)
    .await
    .expect("a spark idea of Rūta's");
    let (team,): (i64,) = sqlx::query_as(
        "INSERT INTO teams (idea_id, name) VALUES (?, 'Matricos komanda') RETURNING id",
    )
    .bind(team_idea)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO team_members (team_id, user_id, role) VALUES (?1, ?2, 'lead'), (?1, ?3, 'mentor')",
    )
    .bind(team)
    .bind(ruta)
    .bind(mentor)
    .execute(&app.pool)
    .await
    .unwrap();
    for other in [partner, steering] {
        let teams: i64 = sqlx::query_scalar("SELECT count(*) FROM team_members WHERE user_id = ?")
            .bind(other)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert!(
            teams > 0,
            "the demo puts the partner and steering in other teams"
        );
    }
    let (declined_request,): (i64,) = sqlx::query_as(
        "INSERT INTO team_requests (team_id, user_id, kind, status, decided_at)
         VALUES (?, ?, 'request', 'declined', datetime('now')) RETURNING id",
    )
    .bind(team)
    .bind(lukas)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let (closed_role,): (i64,) = sqlx::query_as(
        "INSERT INTO team_roles (team_id, title, hours, closed_at)
         VALUES (?, 'Fotografas', 2, datetime('now')) RETURNING id",
    )
    .bind(team)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let (task,): (i64,) = sqlx::query_as(
        "INSERT INTO team_tasks (team_id, title) VALUES (?, 'Nupirkti dažų') RETURNING id",
    )
    .bind(team)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let published: i64 = sqlx::query_scalar(
        "SELECT id FROM interventions WHERE status = 'published' ORDER BY id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a published demo intervention");
    let proposed: i64 = sqlx::query_scalar(
        "SELECT id FROM interventions WHERE status = 'proposed' ORDER BY id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a proposed demo intervention");
    let past_workshop: i64 = sqlx::query_scalar(
        "SELECT id FROM workshops WHERE day < date('now') ORDER BY day DESC LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a demo workshop that took place");
    let gate_request: i64 = sqlx::query_scalar(
        "INSERT INTO gate_requests (idea_id, to_stage, status, asked_by)
         VALUES (?, 'ready', 'requested', ?) RETURNING id",
    )
    .bind(team_idea)
    .bind(ruta)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let pledge: i64 = sqlx::query_scalar(
        "INSERT INTO pledges (idea_id, organisation_id, kind, note)
         SELECT ?, organisation_id, 'materials', 'Dažai ir teptukai' FROM partner_profiles
          WHERE user_id = ? RETURNING id",
    )
    .bind(idea)
    .bind(partner)
    .fetch_one(&app.pool)
    .await
    .expect("the partner's organisation");
    let forum: i64 = sqlx::query_scalar(
        "INSERT INTO forums (title, calling, lang, day, starts_min, ends_min, online_url,
                             capacity, closes_at)
         VALUES ('Ką išsaugoti?', 'Kas iš 2022-ųjų turi likti Kaune?', 'lt', date('now', '-1 day'),
                 600, 840, 'https://meet.example.lt/forumas', 40, '2000-01-01 00:00')
         RETURNING id",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO forum_hosts (forum_id, user_id) VALUES (?, ?)")
        .bind(forum)
        .bind(mentor)
        .execute(&app.pool)
        .await
        .unwrap();
    let segment: i64 = sqlx::query_scalar(
        "INSERT INTO forum_segments (forum_id, kind, starts_min, ends_min, questions)
         VALUES (?, 'circle', 600, 720, 'Su kuo atėjai?') RETURNING id",
    )
    .bind(forum)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    sqlx::query(
        "UPDATE forums SET live_segment = ?, live_round = 1, live_since = datetime('now')
          WHERE id = ?",
    )
    .bind(segment)
    .bind(forum)
    .execute(&app.pool)
    .await
    .unwrap();
    let open_space: i64 = sqlx::query_scalar(
        "INSERT INTO forum_segments (forum_id, kind, starts_min, ends_min, questions, round_min)
         VALUES (?, 'open_space', 720, 840, 'Ką kuriame?', 60) RETURNING id",
    )
    .bind(forum)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO forum_spaces (segment_id, position, name, capacity) VALUES (?, 1, 'Salė', 20)",
    )
    .bind(open_space)
    .execute(&app.pool)
    .await
    .unwrap();
    let session: i64 = sqlx::query_scalar(
        "INSERT INTO forum_sessions (segment_id, convener_id, title, lang)
         VALUES (?, ?, 'Jaunimo erdvės', 'lt') RETURNING id",
    )
    .bind(open_space)
    .bind(mentor)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let pro_action: i64 = sqlx::query_scalar(
        "INSERT INTO forum_segments (forum_id, kind, starts_min, ends_min, questions, round_min,
                                     tables)
         VALUES (?, 'pro_action', 840, 900, 'Koks tikslas?', 20, 4) RETURNING id",
    )
    .bind(forum)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let case: i64 = sqlx::query_scalar(
        "INSERT INTO forum_cases (segment_id, holder_id, idea_id, quest, lang)
         VALUES (?, ?, ?, 'Kaip rasti salę?', 'lt') RETURNING id",
    )
    .bind(pro_action)
    .bind(mentor)
    .bind(idea)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let note: i64 = sqlx::query_scalar(
        "INSERT INTO harvest_notes (forum_id, segment_id, author_id, body, lang)
         VALUES (?, ?, ?, 'Kiemų šventės turi likti.', 'lt') RETURNING id",
    )
    .bind(forum)
    .bind(segment)
    .bind(mentor)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    // An uploaded file for the import functions (its header lacks columns: it never imports).
    sqlx::query(
        "INSERT INTO steering_imports (id, kind, file_name, body) VALUES (777, 'organisations', 'a.csv', X'6E616D650A')",
    )
    .execute(&app.pool)
    .await
    .unwrap();
    // An open decision for the decision functions (an allowed answer stops at validation).
    sqlx::query(
        "INSERT INTO decisions (id, proposer_id, text, deadline)
         VALUES (777, ?, 'Skirti Santakos biudžeto dalį kiemų šventėms.', date('now', '+7 days'))",
    )
    .bind(partner)
    .execute(&app.pool)
    .await
    .unwrap();
    let rows = table(&Ids {
        mentor,
        partner,
        idea,
        feedback,
        team,
        team_idea,
        participant: ruta,
        declined_request,
        closed_role,
        task,
        published,
        proposed,
        past_workshop,
        gate_request,
        pledge,
        forum,
        segment,
        open_space,
        session,
        case,
        note,
    });

    // Every registered server function is in the table, and nothing else is.
    let mut registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.rsplit('/').next().unwrap_or(path).to_owned())
        .collect();
    registered.sort();
    registered.dedup();
    let mut listed: Vec<String> = rows.iter().map(|r| r.name.to_owned()).collect();
    listed.sort();
    assert_eq!(
        registered, listed,
        "the matrix must list every server function"
    );

    let mut failures = Vec::new();
    for &who in EVERYONE {
        let mut jar = sign_in_as(&app, who).await;
        for row in &rows {
            let (status, body) = match &row.call {
                Call::Get(query) => app.call_get(row.name, query, &mut jar).await,
                Call::Post(pairs) => {
                    let pairs: Vec<(&str, &str)> =
                        pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    app.call(row.name, &pairs, &mut jar).await
                }
            };
            let kind = kind_of(&body);
            let refused = matches!(
                kind.as_deref(),
                Some("unauthenticated" | "forbidden" | "not_found")
            );
            let should_allow = row.allowed.contains(&who);
            let expected_refusal = if who == Who::Anonymous {
                "unauthenticated"
            } else {
                row.refusal
            };
            let ok = if should_allow {
                !refused && status != StatusCode::INTERNAL_SERVER_ERROR
                    || kind.as_deref() == Some("invalid")
            } else {
                kind.as_deref() == Some(expected_refusal)
            };
            if !ok {
                failures.push(format!(
                    "{:?} calling {}: expected {}, got {status} {body}",
                    who,
                    row.name,
                    if should_allow {
                        "allowed".to_owned()
                    } else {
                        format!("refused ({expected_refusal})")
                    }
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "authorization mismatches:\n{}",
        failures.join("\n")
    );
}
