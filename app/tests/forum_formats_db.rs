//! Database tests of the Open Space and Pro Action Café formats on a fresh SQLite file: the
//! grid keeps one session per cell and a convener in one place at a time, "I'll go" shows which
//! session outgrew its space and the host's move fixes it; cases get tables whose holders stay,
//! and the next steps become a comment on the idea and tasks in its team; a note is edited for
//! ten minutes only and can be added to an idea as a comment.
#![cfg(feature = "ssr")]
mod common;

use app::common::error::AppError;
use app::common::ids::{ForumId, IdeaId};
use app::common::{Role, Viewer};
use app::forums::{ssr, ForumForm, SegmentForm};
use common::{seeded_db, viewer};
use sqlx::SqlitePool;

async fn forum(pool: &SqlitePool, host: &Viewer) -> ForumId {
    let form = ForumForm {
        title: "Jaunimo Kaunas 2027".into(),
        calling: "Ką jaunimas, kultūra ir verslas gali sukurti kartu Kaune?".into(),
        day: "2099-05-20".into(),
        starts: "10:00".into(),
        ends: "13:00".into(),
        place: "online".into(),
        online_url: "https://meet.example.org/jaunimo-kaunas".into(),
        capacity: "40".into(),
        ..Default::default()
    };
    ssr::create(pool, host, &form, &[]).await.expect("created")
}

/// `n` new confirmed adults, registered and checked in.
async fn crowd(pool: &SqlitePool, host: &Viewer, id: ForumId, n: usize) -> Vec<Viewer> {
    let mut out = Vec::new();
    for i in 0..n {
        let (uid,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, display_name, password_hash, email_verified_at, birth_year)
             VALUES (?, ?, 'x', datetime('now'), 1999) RETURNING id",
        )
        .bind(format!("erdve{i}@santaka.test"))
        .bind(format!("Dalyvis {i}"))
        .fetch_one(pool)
        .await
        .expect("person");
        let person = Viewer {
            id: uid,
            display_name: format!("Dalyvis {i}"),
            roles: vec![],
            email_verified: true,
            guardian_pending: false,
            publishing_blocked: false,
        };
        join(pool, host, id, &person).await;
        out.push(person);
    }
    out
}

async fn join(pool: &SqlitePool, host: &Viewer, id: ForumId, person: &Viewer) {
    ssr::register(pool, person, id, &["youth".into()], false)
        .await
        .expect("registered");
    ssr::check_in(pool, host, id, person.id, true)
        .await
        .expect("checked in");
}

fn code<T: std::fmt::Debug>(result: Result<T, AppError>) -> String {
    match result {
        Err(AppError::Invalid { fields }) => fields[0].code.clone(),
        Err(AppError::Forbidden) => "forbidden".into(),
        Err(AppError::NotFound) => "not_found".into(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn an_open_space_grid_keeps_its_rules_and_shows_which_session_needs_a_bigger_space() {
    let (pool, _dir) = seeded_db().await;
    let host = viewer(&pool, "aiste@santaka.test", &[Role::Mentor]).await;
    let id = forum(&pool, &host).await;
    let seg = ssr::add_segment(
        &pool,
        &host,
        id,
        &SegmentForm {
            kind: "open_space".into(),
            starts: "10:00".into(),
            ends: "11:30".into(),
            questions: "Ką kuriame kartu 2027-aisiais?".into(),
            round_min: "45".into(),
            spaces: "Didžioji salė, 30\nKiemas, 3".into(),
            ..Default::default()
        },
    )
    .await
    .expect("open space");
    let people = crowd(&pool, &host, id, 6).await;
    let (a, b) = (&people[0], &people[1]);
    let outsider = viewer(&pool, "ruta@santaka.test", &[]).await;
    assert_eq!(
        code(ssr::post_session(&pool, &outsider, id, seg, "Skeitparkas Šančiuose", "", "lt").await),
        "forbidden",
        "only people taking part post sessions"
    );
    let s1 = ssr::post_session(&pool, a, id, seg, "Jaunimo erdvė Žaliakalnyje", "", "lt")
        .await
        .expect("posted");
    let s2 = ssr::post_session(&pool, b, id, seg, "Muzika kiemuose", "Kas groja?", "lt")
        .await
        .expect("posted");
    let s3 = ssr::post_session(&pool, a, id, seg, "Dviračių taisykla", "", "lt")
        .await
        .expect("posted");
    let grid = ssr::live_forum(&pool, Some(&host), id).await.expect("live");
    assert!(
        grid.grid.is_none(),
        "the grid shows while the Open Space runs"
    );
    let segment = ssr::forum_page(&pool, Some(&host), id)
        .await
        .expect("page")
        .flow[0]
        .clone();
    let (hall, yard) = (segment.spaces[0].id, segment.spaces[1].id);
    ssr::place_session(&pool, &host, id, s1, &format!("{hall}:1"), false)
        .await
        .expect("placed");
    assert_eq!(
        code(ssr::place_session(&pool, &host, id, s2, &format!("{hall}:1"), false).await),
        "cell_taken"
    );
    assert_eq!(
        code(ssr::place_session(&pool, &host, id, s3, &format!("{yard}:1"), false).await),
        "convener_busy",
        "the same convener cannot be in two places at once"
    );
    assert_eq!(
        code(ssr::place_session(&pool, &host, id, s3, &format!("{yard}:3"), false).await),
        "choice_invalid",
        "there are two slots"
    );
    assert_eq!(
        code(ssr::place_session(&pool, b, id, s2, &format!("{yard}:1"), false).await),
        "forbidden",
        "the hosts did not let conveners place their own"
    );
    ssr::place_session(&pool, &host, id, s3, &format!("{yard}:2"), false)
        .await
        .expect("placed");
    ssr::place_session(&pool, &host, id, s2, &format!("{yard}:1"), false)
        .await
        .expect("placed");

    // The Open Space begins; five want the bike workshop, in a yard of three seats.
    ssr::advance(&pool, &host, id, false, &[], None)
        .await
        .expect("begins");
    for person in &people[1..] {
        ssr::go_session(&pool, person, id, s3, true)
            .await
            .expect("I'll go");
    }
    let live = ssr::live_forum(&pool, Some(&people[2]), id)
        .await
        .expect("live");
    let grid = live.grid.expect("the grid on a phone");
    assert_eq!(grid.slots.len(), 2);
    let bikes = grid.sessions.iter().find(|s| s.id == s3).unwrap();
    assert_eq!((bikes.goers, bikes.going), (5, true));
    assert!(grid.suggestions.is_empty(), "only hosts see suggestions");
    let console = ssr::console(&pool, &host, id).await.expect("console");
    let moves = console.live.grid.expect("grid").suggestions;
    assert_eq!(moves.len(), 1);
    assert_eq!((moves[0].session, moves[0].to_space), (s3, hall));
    ssr::place_session(&pool, &host, id, s3, &format!("{hall}:2"), false)
        .await
        .expect("moved to the hall");
    let console = ssr::console(&pool, &host, id).await.expect("console");
    assert!(console.live.grid.expect("grid").suggestions.is_empty());

    // A note filed under the session; its writer edits it for ten minutes, nobody else does.
    ssr::add_note(
        &pool,
        &people[2],
        id,
        "Reikia įrankių dėžės.",
        "lt",
        Some(s3),
    )
    .await
    .expect("noted");
    let (note, session): (i64, Option<i64>) =
        sqlx::query_as("SELECT id, session_id FROM harvest_notes WHERE forum_id = ?")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(session, Some(s3));
    ssr::edit_note(
        &pool,
        &people[2],
        id,
        note,
        "Reikia įrankių ir kamerų.",
        "lt",
    )
    .await
    .expect("edited");
    assert_eq!(
        code(ssr::edit_note(&pool, &people[3], id, note, "Ne mano.", "lt").await),
        "forbidden"
    );
    sqlx::query("UPDATE harvest_notes SET created_at = datetime('now', '-11 minutes')")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(
        code(ssr::edit_note(&pool, &people[2], id, note, "Per vėlai.", "lt").await),
        "edit_window_over"
    );
}

#[tokio::test]
async fn pro_action_tables_form_around_cases_and_next_steps_reach_the_idea_and_its_team() {
    let (pool, _dir) = seeded_db().await;
    let host = viewer(&pool, "aiste@santaka.test", &[Role::Mentor]).await;
    let id = forum(&pool, &host).await;
    let seg = ssr::add_segment(
        &pool,
        &host,
        id,
        &SegmentForm {
            kind: "pro_action".into(),
            starts: "10:00".into(),
            ends: "11:30".into(),
            questions: "Koks tikslas?\nKo trūksta?\nKą išmokau, kas toliau?".into(),
            round_min: "25".into(),
            tables: "4".into(),
            ..Default::default()
        },
    )
    .await
    .expect("pro action");
    // Two team leads from the demo, each with their team's idea.
    let leads: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT u.email, t.idea_id, t.id FROM team_members m
           JOIN teams t ON t.id = m.team_id JOIN users u ON u.id = m.user_id
          WHERE m.role = 'lead' AND u.email IS NOT NULL AND u.birth_year < 2000
          GROUP BY m.user_id ORDER BY t.id LIMIT 2",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(leads.len(), 2, "the demo has team leads");
    let mut holders = Vec::new();
    for (email, _, _) in &leads {
        let lead = viewer(&pool, email, &[]).await;
        join(&pool, &host, id, &lead).await;
        holders.push(lead);
    }
    let others = crowd(&pool, &host, id, 8).await;
    let idea = |k: usize| IdeaId(leads[k].1);
    assert_eq!(
        code(
            ssr::bring_case(
                &pool,
                &others[0],
                id,
                seg,
                Some(idea(0)),
                "Kaip rasti salę?",
                "lt"
            )
            .await
        ),
        "choice_invalid",
        "only an idea of one's own or one's team's"
    );
    let case = ssr::bring_case(
        &pool,
        &holders[0],
        id,
        seg,
        Some(idea(0)),
        "Kaip rasti salę ir savanorių?",
        "lt",
    )
    .await
    .expect("brought");
    assert_eq!(
        code(
            ssr::bring_case(
                &pool,
                &holders[0],
                id,
                seg,
                Some(idea(0)),
                "Dar kartą?",
                "lt"
            )
            .await
        ),
        "one_case"
    );
    ssr::bring_case(
        &pool,
        &holders[1],
        id,
        seg,
        Some(idea(1)),
        "Kaip pritraukti rėmėjų?",
        "lt",
    )
    .await
    .expect("brought");

    // It begins: two tables, one per case, each holder hosting theirs in every round.
    let started = ssr::advance(&pool, &host, id, false, &[], None)
        .await
        .expect("begins");
    assert_eq!(started.seated, 10);
    for (k, holder) in holders.iter().enumerate() {
        let tables: Vec<(i64, bool)> = sqlx::query_as(
            "SELECT table_no, hosts FROM forum_tables WHERE segment_id = ? AND user_id = ?
              ORDER BY round",
        )
        .bind(seg)
        .bind(holder.id)
        .fetch_all(&pool)
        .await
        .unwrap();
        assert_eq!(tables, vec![(k as i64 + 1, true); 3], "holder {k} stays");
    }
    let (most,): (i64,) =
        sqlx::query_as("SELECT max(table_no) FROM forum_tables WHERE segment_id = ?")
            .bind(seg)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(most, 2, "as many tables as cases");
    let live = ssr::live_forum(&pool, Some(&holders[0]), id)
        .await
        .expect("live");
    assert_eq!(live.my_table, Some((1, true)));
    assert_eq!(live.cases.len(), 2);
    assert!(
        live.tables[0].case.is_some(),
        "the room screen names the case"
    );
    assert_eq!(
        code(ssr::bring_case(&pool, &others[1], id, seg, Some(idea(1)), "Per vėlai", "lt").await),
        "segment_begun"
    );

    // Next steps: only the holder, once; a comment on the idea and a task per step.
    let steps = "- Susitikti su seniūnija\nRasti tris savanorius";
    assert_eq!(
        code(ssr::record_next_steps(&pool, &others[0], id, case, steps).await),
        "forbidden"
    );
    let made = ssr::record_next_steps(&pool, &holders[0], id, case, steps)
        .await
        .expect("recorded");
    assert_eq!(made, 2);
    let tasks: Vec<(String,)> = sqlx::query_as(
        "SELECT title FROM team_tasks WHERE case_id = ? AND team_id = ? ORDER BY id",
    )
    .bind(case)
    .bind(leads[0].2)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        tasks,
        vec![
            ("Susitikti su seniūnija".to_string(),),
            ("Rasti tris savanorius".to_string(),)
        ]
    );
    let (comment,): (String,) = sqlx::query_as(
        "SELECT body FROM comments WHERE idea_id = ? AND author_id = ? ORDER BY id DESC LIMIT 1",
    )
    .bind(idea(0))
    .bind(holders[0].id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(comment.contains("Jaunimo Kaunas 2027") && comment.contains("- Rasti tris savanorius"));
    assert_eq!(
        code(ssr::record_next_steps(&pool, &holders[0], id, case, steps).await),
        "already_recorded"
    );

    // Someone at the table adds a note to the case's idea as a comment.
    ssr::add_note(
        &pool,
        &others[2],
        id,
        "Mokyklų salės vasarą tuščios.",
        "lt",
        None,
    )
    .await
    .expect("noted");
    let (note,): (i64,) = sqlx::query_as("SELECT max(id) FROM harvest_notes WHERE forum_id = ?")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    let before: (i64,) = sqlx::query_as("SELECT comment_count FROM ideas WHERE id = ?")
        .bind(idea(1))
        .fetch_one(&pool)
        .await
        .unwrap();
    ssr::note_to_comment(&pool, &others[2], id, note, idea(1))
        .await
        .expect("added as a comment");
    let after: (i64,) = sqlx::query_as("SELECT comment_count FROM ideas WHERE id = ?")
        .bind(idea(1))
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(after.0, before.0 + 1);
    let outsider = viewer(&pool, "ruta@santaka.test", &[]).await;
    assert_eq!(
        code(ssr::note_to_comment(&pool, &outsider, id, note, idea(1)).await),
        "forbidden"
    );
}
