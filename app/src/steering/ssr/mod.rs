//! The desk's numbers, counted in SQL inside one read transaction (one consistent moment). A
//! period is `?1` (first day) and `?2` (last day, included): `at >= ?1 AND at < date(?2, '+1
//! day')`. Timestamps are UTC and the days Kaunas' ones, so a period's edges may be off by the
//! two or three hours between them.
use super::*;
use crate::common::error::AppError;
use sqlx::{SqliteConnection, SqlitePool};

pub mod audit;
mod decision_log;
pub mod decisions;
pub mod import;
mod panels;
pub mod start;
use panels::*;

/// Ideas on the way (not realised, not archived) that nobody touched for `STUCK_DAYS`: no
/// edit, comment or support of the idea and nothing in its team (`FROM …`, aliases `i`, `t`).
fn stalled() -> String {
    format!(
        "FROM ideas i LEFT JOIN teams t ON t.idea_id = i.id
         WHERE i.hidden_at IS NULL AND i.stage NOT IN ('realised', 'archived')
           AND max(i.activity_at, coalesce(t.activity_at, '')) < datetime('now', '-{STUCK_DAYS} days')"
    )
}

/// Teams on the way without a mentor (`FROM …`, aliases `t`, `i`).
fn unmentored() -> &'static str {
    "FROM teams t JOIN ideas i ON i.id = t.idea_id
     WHERE i.hidden_at IS NULL AND i.stage NOT IN ('realised', 'archived')
       AND NOT EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = t.id AND tm.role = 'mentor')"
}

/// The SQL condition "`column` falls in the period".
fn within(column: &str) -> String {
    format!("({column} >= ?1 AND {column} < date(?2, '+1 day'))")
}

/// Today in Kaunas, `YYYY-MM-DD`.
fn today() -> String {
    crate::server::time::in_vilnius(chrono::Utc::now())
        .format("%Y-%m-%d")
        .to_string()
}

/// The desk for the period asked (this year when the asked one is not a period, with what was
/// wrong with it).
pub async fn desk(pool: &SqlitePool, query: &PeriodQuery) -> Result<Desk, AppError> {
    let today = today();
    let (period, period_problem) = match resolve_period(query, &today) {
        Ok(period) => (period, None),
        Err(error) => {
            let problem = ["from", "to"].into_iter().find_map(|field| {
                error
                    .field_code(field)
                    .map(|code| (field.to_owned(), code.to_owned()))
            });
            (resolve_period(&PeriodQuery::default(), &today)?, problem)
        }
    };
    let (from, to) = period.bounds();
    let this_year = i64::from(crate::common::current_year());
    let mut tx = pool.begin().await?;
    let conn: &mut SqliteConnection = &mut tx;
    let desk = Desk {
        funnel: funnel(conn, &from, &to).await?,
        sectors: sectors(conn, &from, &to).await?,
        youth: youth(conn, &from, &to, this_year).await?,
        mentors: mentors(conn).await?,
        gatherings: gatherings(conn, &from, &to).await?,
        festival: festival(conn).await?,
        partners: partners(conn, &from, &to).await?,
        period,
        period_problem,
    };
    tx.rollback().await?;
    Ok(desk)
}

/// Counts by a coded key (rows with an unknown code are left out), every value of the code
/// listed in its order, zero where none.
fn by_code<K: Copy + PartialEq>(
    all: &[K],
    code: fn(&str) -> Option<K>,
    rows: &[(String, i64)],
) -> Vec<(K, i64)> {
    all.iter()
        .map(|key| {
            let n = rows
                .iter()
                .filter(|(c, _)| code(c) == Some(*key))
                .map(|(_, n)| n)
                .sum();
            (*key, n)
        })
        .collect()
}

async fn counts(
    conn: &mut SqliteConnection,
    sql: &str,
    from: &str,
    to: &str,
) -> Result<Vec<(String, i64)>, AppError> {
    Ok(sqlx::query_as(sql)
        .bind(from)
        .bind(to)
        .fetch_all(conn)
        .await?)
}

/// Ideas along the path: now, reached in the period, the medians, and the stuck ones.
async fn funnel(conn: &mut SqliteConnection, from: &str, to: &str) -> Result<Funnel, AppError> {
    let now: Vec<(String, i64)> =
        sqlx::query_as("SELECT stage, COUNT(*) FROM ideas WHERE hidden_at IS NULL GROUP BY stage")
            .fetch_all(&mut *conn)
            .await?;
    let moved = counts(
        conn,
        &format!(
            "SELECT c.to_stage, COUNT(DISTINCT c.idea_id) FROM idea_stage_changes c
               JOIN ideas i ON i.id = c.idea_id
              WHERE i.hidden_at IS NULL AND {} GROUP BY c.to_stage",
            within("c.at")
        ),
        from,
        to,
    )
    .await?;
    // The first time each idea reached a stage.
    let first = "SELECT c.idea_id, MIN(c.at) AS at FROM idea_stage_changes c
                   JOIN ideas i ON i.id = c.idea_id
                  WHERE i.hidden_at IS NULL AND c.to_stage = ";
    let to_team: Vec<(f64,)> = sqlx::query_as(&format!(
        "SELECT max(0.0, julianday(t.at) - julianday(i.created_at))
           FROM ({first} 'team' GROUP BY c.idea_id) t JOIN ideas i ON i.id = t.idea_id
          WHERE {}",
        within("t.at")
    ))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let to_ready: Vec<(f64,)> = sqlx::query_as(&format!(
        "SELECT max(0.0, julianday(r.at) - julianday(t.at))
           FROM ({first} 'ready' GROUP BY c.idea_id) r
           JOIN ({first} 'team' GROUP BY c.idea_id) t ON t.idea_id = r.idea_id
          WHERE {}",
        within("r.at")
    ))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let idle = stalled();
    let stuck_total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {idle}"))
        .fetch_one(&mut *conn)
        .await?;
    let stuck: Vec<(i64, String, String, String, i64)> = sqlx::query_as(&format!(
        "SELECT i.id, i.title, i.lang, i.stage,
                CAST(julianday('now') - julianday(max(i.activity_at, coalesce(t.activity_at, ''))) AS INTEGER)
         {idle} ORDER BY max(i.activity_at, coalesce(t.activity_at, '')), i.id LIMIT ?"
    ))
    .bind(STUCK_LISTED)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Funnel {
        now: by_code(&Stage::ALL, Stage::from_code, &now),
        moved: by_code(&Stage::ALL, Stage::from_code, &moved),
        spark_to_team_days: median(to_team.into_iter().map(|(d,)| d).collect()),
        team_to_ready_days: median(to_ready.into_iter().map(|(d,)| d).collect()),
        stuck: stuck
            .into_iter()
            .filter_map(|(id, title, lang, stage, idle_days)| {
                Some(StuckIdea {
                    id: IdeaId(id),
                    title,
                    lang,
                    stage: Stage::from_code(&stage)?,
                    idle_days,
                })
            })
            .collect(),
        stuck_total,
    })
}
