//! The public datasets in SQL, and the stream that writes one as CSV or JSON. Each query selects
//! the dataset's fields in order (`Dataset::fields`) and only public rows: ideas not hidden by
//! moderation and not written by a minor or an erased account (`left_out`; nor what hangs on
//! them: teams, harvest notes, a session's title); names only of people known to be adults;
//! published harvests only (`forums::PUBLIC_NOTE`).
use super::{Dataset, Format};
use crate::common::csv::csv_line;
use crate::common::{current_year, ADULT_AGE};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqlitePool, TypeInfo, ValueRef};

/// Whether the person `who` (a `users` alias, possibly NULL by a LEFT JOIN) is left out: a
/// minor or perhaps one (a guardian looks after them, or their birth year says under 18; `?1`
/// is the latest birth year of an adult), or unknown (an erased account, whose birth year is
/// gone, or no person at all). Never NULL. Someone who simply gave no birth year is not left
/// out, but their name is not given either (`adult`).
fn left_out(who: &str) -> String {
    format!(
        "({who}.id IS NULL OR {who}.deleted_at IS NOT NULL OR {who}.guardian_email IS NOT NULL
          OR coalesce({who}.birth_year > ?1, 0))"
    )
}

/// Whether `who` is known to be an adult: a birth year that says so, no guardian, not erased.
fn adult(who: &str) -> String {
    format!(
        "({who}.birth_year IS NOT NULL AND {who}.birth_year <= ?1
          AND {who}.guardian_email IS NULL AND {who}.deleted_at IS NULL)"
    )
}

/// The SQL of a dataset; `?1` is the latest birth year of an adult.
fn query(dataset: Dataset) -> String {
    match dataset {
        Dataset::Ideas => {
            let (adult, left_out) = (adult("u"), left_out("u"));
            format!(
                "SELECT i.id, i.title, i.summary, i.stage, i.district,
                    (SELECT group_concat(sector, ' ') FROM
                        (SELECT sector FROM idea_sectors s WHERE s.idea_id = i.id ORDER BY sector)),
                    i.tags, i.lang, i.lat, i.lng,
                    CASE WHEN {adult} THEN u.display_name END,
                    i.support_count, i.comment_count, t.id, i.born_in_forum, i.born_in_workshop,
                    i.created_at, i.updated_at
               FROM ideas i JOIN users u ON u.id = i.author_id
                    LEFT JOIN teams t ON t.idea_id = i.id
              WHERE i.hidden_at IS NULL AND NOT {left_out}
              ORDER BY i.id"
            )
        }
        Dataset::Teams => {
            let (author, founder) = (left_out("u"), left_out("c"));
            format!(
                "SELECT t.id, t.name, t.description, i.id, i.title, i.stage,
                    (SELECT count(*) FROM team_members m
                      WHERE m.team_id = t.id AND m.role <> 'mentor'),
                    (SELECT count(*) FROM team_members m
                      WHERE m.team_id = t.id AND m.role = 'mentor'),
                    t.created_at
               FROM teams t JOIN ideas i ON i.id = t.idea_id JOIN users u ON u.id = i.author_id
                    LEFT JOIN users c ON c.id = t.created_by
              WHERE i.hidden_at IS NULL AND NOT {author} AND NOT {founder}
              ORDER BY t.id"
            )
        }
        Dataset::Workshops => "SELECT w.id, w.title, w.purpose, w.serves, w.lang, w.day,
                    printf('%02d:%02d', w.starts_min / 60, w.starts_min % 60),
                    printf('%02d:%02d', w.ends_min / 60, w.ends_min % 60),
                    p.name, p.address, w.online_url IS NOT NULL, w.capacity,
                    (SELECT count(*) FROM workshop_seats s
                      WHERE s.workshop_id = w.id AND s.status = 'registered'),
                    (SELECT count(*) FROM workshop_seats s
                      WHERE s.workshop_id = w.id AND s.attended = 1),
                    (SELECT group_concat(sector, ' ') FROM
                        (SELECT sector FROM workshop_sectors s WHERE s.workshop_id = w.id
                          ORDER BY sector))
               FROM workshops w LEFT JOIN places p ON p.id = w.place_id
              WHERE ?1 = ?1
              ORDER BY w.day, w.starts_min, w.id"
            .to_owned(),
        Dataset::Forums => "SELECT f.id, f.title, f.calling, f.lang, f.day,
                    printf('%02d:%02d', f.starts_min / 60, f.starts_min % 60),
                    printf('%02d:%02d', f.ends_min / 60, f.ends_min % 60),
                    p.name, p.address, f.online_url IS NOT NULL, f.capacity,
                    (SELECT count(*) FROM forum_seats s
                      WHERE s.forum_id = f.id AND s.status = 'registered'),
                    f.harvest,
                    (SELECT count(*) FROM ideas i
                      WHERE i.born_in_forum = f.id AND i.hidden_at IS NULL)
               FROM forums f LEFT JOIN places p ON p.id = f.place_id
              WHERE ?1 = ?1
              ORDER BY f.day, f.starts_min, f.id"
            .to_owned(),
        Dataset::Harvests => {
            let (writer, convener) = (left_out("u"), left_out("c"));
            format!(
                "SELECT n.id, f.id, f.title, f.day, g.kind, n.table_no,
                        CASE WHEN NOT {convener} THEN s.title END, n.body, n.lang, n.created_at
                   FROM harvest_notes n JOIN forums f ON f.id = n.forum_id
                        JOIN forum_segments g ON g.id = n.segment_id
                        LEFT JOIN forum_sessions s ON s.id = n.session_id
                        LEFT JOIN users c ON c.id = s.convener_id
                        LEFT JOIN users u ON u.id = n.author_id
                  WHERE {} AND NOT {writer}
                  ORDER BY f.day, f.id, n.id",
                crate::forums::PUBLIC_NOTE
            )
        }
        Dataset::Organisations => "SELECT o.id, o.name, o.sector, o.kind, o.website,
                    o.description, o.offers_venue, o.offers_money, o.offers_materials,
                    (SELECT count(*) FROM pledges g
                      WHERE g.organisation_id = o.id AND g.status IN ('accepted', 'fulfilled')),
                    o.created_at
               FROM organisations o
              WHERE ?1 = ?1
              ORDER BY o.name, o.id"
            .to_owned(),
    }
}

/// A cell as JSON: a number stays a number, text stays text, NULL is null.
fn json_value(row: &SqliteRow, i: usize) -> serde_json::Value {
    let Ok(raw) = row.try_get_raw(i) else {
        return serde_json::Value::Null;
    };
    if raw.is_null() {
        return serde_json::Value::Null;
    }
    match raw.type_info().name() {
        "INTEGER" | "BOOLEAN" => row.try_get::<i64, _>(i).map(Into::into).unwrap_or_default(),
        "REAL" => row.try_get::<f64, _>(i).map(Into::into).unwrap_or_default(),
        _ => row
            .try_get::<String, _>(i)
            .map(Into::into)
            .unwrap_or_default(),
    }
}

/// A cell as CSV text: NULL is empty.
fn text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes one row onto `out`.
fn write_row(out: &mut String, dataset: Dataset, format: Format, row: &SqliteRow, first: bool) {
    let values: Vec<serde_json::Value> = (0..row.columns().len())
        .map(|i| json_value(row, i))
        .collect();
    match format {
        Format::Csv => {
            let cells: Vec<String> = values.iter().map(text).collect();
            out.push_str(&csv_line(cells.iter().map(String::as_str)));
        }
        Format::Json => {
            let object: serde_json::Map<String, serde_json::Value> = dataset
                .fields()
                .iter()
                .map(|f| (*f).to_owned())
                .zip(values)
                .collect();
            if !first {
                out.push_str(",\n");
            }
            out.push_str(&serde_json::Value::Object(object).to_string());
        }
    }
}

/// A chunk is sent once it holds this much.
const CHUNK: usize = 32 * 1024;
/// A reader that takes no chunk for this long is given up on.
const STALLED: std::time::Duration = std::time::Duration::from_secs(30);
/// No download streams longer than this (100,000 ideas take about a second).
const LONGEST: std::time::Duration = std::time::Duration::from_secs(600);

/// Streams the dataset: chunks of about 32 KB, sent as the rows arrive, never more than four
/// chunks ahead of the reader. The task holds `permit` (one of the few downloads allowed at
/// once) and one database connection until it ends: when the rows end, the reader goes away,
/// the reader stalls for 30 s, or after ten minutes. An error ends the stream with an error
/// (the download fails rather than ending short).
pub fn stream<P: Send + 'static>(
    pool: SqlitePool,
    dataset: Dataset,
    format: Format,
    permit: P,
) -> tokio::sync::mpsc::Receiver<Result<String, std::io::Error>> {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    tokio::spawn(async move {
        let _permit = permit;
        let send = |chunk| {
            let tx = tx.clone();
            async move {
                matches!(
                    tokio::time::timeout(STALLED, tx.send(chunk)).await,
                    Ok(Ok(()))
                )
            }
        };
        let work = write_all(pool, dataset, format, &send);
        if tokio::time::timeout(LONGEST, work).await.is_err() {
            let stop = std::io::Error::other("the download took too long");
            let _ = tokio::time::timeout(STALLED, tx.send(Err(stop))).await;
        }
    });
    rx
}

/// Reads the rows and hands the chunks to `send` (false: stop, the reader is gone or stalled).
async fn write_all<F, Fut>(pool: SqlitePool, dataset: Dataset, format: Format, send: &F)
where
    F: Fn(Result<String, std::io::Error>) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    use futures_util::StreamExt;
    let sql = query(dataset);
    let adult_born_by = current_year() - ADULT_AGE - 1;
    let mut rows = sqlx::query(&sql).bind(adult_born_by).fetch(&pool);
    let mut out = match format {
        Format::Csv => csv_line(dataset.fields().iter().copied()),
        Format::Json => "[\n".to_owned(),
    };
    let mut first = true;
    while let Some(row) = rows.next().await {
        match row {
            Ok(row) => {
                write_row(&mut out, dataset, format, &row, first);
                first = false;
            }
            Err(error) => {
                let id = uuid::Uuid::new_v4();
                tracing::error!(request_id = %id, error = %error, "open data {} failed", dataset.code());
                send(Err(std::io::Error::other(format!("reference {id}")))).await;
                return;
            }
        }
        if out.len() >= CHUNK && !send(Ok(std::mem::take(&mut out))).await {
            return;
        }
    }
    if format == Format::Json {
        out.push_str("\n]\n");
    }
    send(Ok(out)).await;
}
