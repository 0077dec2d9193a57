//! Open data over HTTP: every dataset as CSV (UTF-8, a header row, one line per row) and as
//! JSON with the same rows; a hidden idea, an idea written by a child (also after the child
//! erased their account), a child's name and a harvest that is not published never appear; an
//! unknown file is "not found".
mod common;

use axum::http::{header, StatusCode};
use common::{header_of, spawn_app, text};
use http_body_util::BodyExt;
use serde_json::Value;

const DATASETS: [&str; 6] = [
    "ideas",
    "teams",
    "workshops",
    "forums",
    "harvests",
    "organisations",
];

#[tokio::test]
async fn every_dataset_comes_as_csv_and_json_with_the_same_rows() {
    let app = spawn_app().await;
    for name in DATASETS {
        let response = app.get(&format!("/open-data/{name}.csv"), &[]).await;
        assert_eq!(response.status(), StatusCode::OK, "{name}.csv");
        assert_eq!(
            header_of(&response, header::CONTENT_TYPE),
            "text/csv; charset=utf-8"
        );
        assert_eq!(
            header_of(&response, header::ACCESS_CONTROL_ALLOW_ORIGIN),
            "*"
        );
        let csv = text(response).await;
        let header_line = csv.split("\r\n").next().unwrap();
        assert!(header_line.starts_with("id,"), "{name}: {header_line}");
        let response = app.get(&format!("/open-data/{name}.json"), &[]).await;
        assert_eq!(response.status(), StatusCode::OK, "{name}.json");
        let json: Value = serde_json::from_str(&text(response).await).expect("valid JSON");
        let rows = json.as_array().expect("an array");
        assert!(!rows.is_empty(), "the demo fills {name}");
        let columns = header_line.split(',').count();
        for row in rows {
            assert_eq!(row.as_object().unwrap().len(), columns, "{name}: {row}");
        }
        // Every row starts a line with its id (no field of the demo starts a line with one).
        let ids = csv
            .split("\r\n")
            .skip(1)
            .filter(|l| {
                l.split(',')
                    .next()
                    .is_some_and(|id| id.parse::<i64>().is_ok())
            })
            .count();
        assert_eq!(ids, rows.len(), "{name}: CSV and JSON rows");
    }
    // Compressed for a browser, to its end (the stream is read once more after it ends).
    for encoding in ["gzip", "br"] {
        let response = app
            .get("/open-data/ideas.csv", &[("accept-encoding", encoding)])
            .await;
        assert_eq!(header_of(&response, header::CONTENT_ENCODING), encoding);
        let body = response
            .into_body()
            .collect()
            .await
            .expect("the whole file");
        assert!(!body.to_bytes().is_empty());
    }
    let response = app.get("/open-data/users.csv", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = app.get("/open-data/ideas.xml", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn hidden_ideas_children_and_unpublished_harvests_never_appear() {
    let app = spawn_app().await;
    // A hidden idea (moderated) and the demo child's idea.
    let (hidden,): (String,) = sqlx::query_as(
        "UPDATE ideas SET hidden_at = datetime('now')
          WHERE id = (SELECT min(i.id) FROM ideas i JOIN users u ON u.id = i.author_id
                       WHERE u.guardian_email IS NULL AND i.hidden_at IS NULL)
          RETURNING title",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let (child_id, child_name): (i64, String) =
        sqlx::query_as("SELECT id, display_name FROM users WHERE email = 'jonukas@santaka.test'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    let (child_idea,): (String,) = sqlx::query_as(
        "INSERT INTO ideas (author_id, title, summary) VALUES (?, 'Mano kiemo batutas', 'Vaikų batutas kieme prie mokyklos.')
         RETURNING title",
    )
    .bind(child_id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    // A note of a harvest kept private.
    let (private_note,): (String,) = sqlx::query_as(
        "INSERT INTO harvest_notes (forum_id, segment_id, author_id, body, lang)
         SELECT f.id, s.id, NULL, 'Šis užrašas neskelbiamas', 'lt'
           FROM forums f JOIN forum_segments s ON s.forum_id = f.id
          WHERE f.harvest <> 'published' LIMIT 1
         RETURNING body",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    // A child who erased their account: the erasure clears the birth year, the idea stays.
    let (gone,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, display_name, password_hash, email_verified_at, birth_year,
                            guardian_email)
         VALUES ('vaikas@santaka.test', 'Vaikas', 'x', datetime('now'), 2014, 'tevai@santaka.test')
         RETURNING id",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let (erased_idea,): (String,) = sqlx::query_as(
        "INSERT INTO ideas (author_id, title, summary)
         VALUES (?, 'Kiemo sūpynės prie garažų', 'Sūpynės vaikams kieme.') RETURNING title",
    )
    .bind(gone)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let mut conn = app.pool.acquire().await.unwrap();
    app::accounts::ssr::erase_account(&mut conn, gone)
        .await
        .expect("erased");
    drop(conn);
    let first_name = child_name.split_whitespace().next().unwrap().to_owned();
    for name in DATASETS {
        for format in ["csv", "json"] {
            let body = text(app.get(&format!("/open-data/{name}.{format}"), &[]).await).await;
            for secret in [
                &hidden,
                &child_idea,
                &erased_idea,
                &child_name,
                &first_name,
                &private_note,
            ] {
                assert!(
                    !body.contains(secret.as_str()),
                    "{name}.{format} shows {secret}"
                );
            }
        }
    }
    // The published demo harvest is there (a partner's note).
    let (published,): (String,) = sqlx::query_as(
        "SELECT n.body FROM harvest_notes n JOIN forums f ON f.id = n.forum_id
                JOIN users u ON u.id = n.author_id
          WHERE f.harvest = 'published' AND u.email = 'mindaugas@santaka.test'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let harvests: Value =
        serde_json::from_str(&text(app.get("/open-data/harvests.json", &[]).await).await).unwrap();
    assert!(harvests
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["body"] == published.as_str()));
}
