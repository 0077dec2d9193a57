//! The yardstick for the idea list's throughput (`scripts/bench-ideas.sh`): a hand-written axum +
//! sqlx handler that runs the list's two queries (the count and the page, the same SQL as
//! `app::ideas::ssr::list`, search left out) on the same database and writes a bare HTML list.
//! No framework, no session, no layers: what serving the list costs at the least when every
//! request goes to the database.
use axum::extract::{Query, State};
use axum::response::Html;
use axum::routing::get;
use axum::serve::ListenerExt;
use axum::Router;
use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use std::collections::HashMap;

const PAGE_SIZE: i64 = 20;

type Row = (
    i64,
    String,
    String,
    String,
    i64,
    i64,
    String,
    String,
    Option<String>,
);

fn filters(query: &mut QueryBuilder<'_, Sqlite>, params: &HashMap<String, String>, page: bool) {
    query.push(if page {
        " WHERE +i.hidden_at IS NULL"
    } else {
        " WHERE i.hidden_at IS NULL"
    });
    match params.get("stage") {
        Some(stage) => {
            query.push(" AND i.stage = ").push_bind(stage.clone());
        }
        None => {
            query.push(" AND i.stage <> 'archived'");
        }
    }
    if let Some(sector) = params.get("sector") {
        query
            .push(" AND i.id IN (SELECT idea_id FROM idea_sectors WHERE sector = ")
            .push_bind(sector.clone())
            .push(")");
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

async fn list(
    State(pool): State<SqlitePool>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Html<String>, String> {
    let page: i64 = params
        .get("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
        .max(1);
    let mut count: QueryBuilder<Sqlite> = QueryBuilder::new("SELECT COUNT(*) FROM ideas i");
    filters(&mut count, &params, false);
    let (total,): (i64,) = count
        .build_query_as()
        .fetch_one(&pool)
        .await
        .map_err(|e| e.to_string())?;
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT i.id, i.title, i.summary, i.stage, i.support_count, i.comment_count,
                i.created_at, u.display_name,
                (SELECT group_concat(s.sector) FROM idea_sectors s WHERE s.idea_id = i.id)
           FROM ideas i JOIN users u ON u.id = i.author_id",
    );
    filters(&mut query, &params, true);
    query.push(match params.get("sort").map(String::as_str) {
        Some("supported") => " ORDER BY i.support_count DESC, i.id DESC",
        Some("discussed") => " ORDER BY i.comment_count DESC, i.id DESC",
        Some("active") => " ORDER BY i.activity_at DESC, i.id DESC",
        _ => " ORDER BY i.created_at DESC, i.id DESC",
    });
    query
        .push(" LIMIT ")
        .push_bind(PAGE_SIZE)
        .push(" OFFSET ")
        .push_bind((page - 1) * PAGE_SIZE);
    let rows: Vec<Row> = query
        .build_query_as()
        .fetch_all(&pool)
        .await
        .map_err(|e| e.to_string())?;
    let mut html = format!(
        "<!doctype html><html lang=\"lt\"><title>Idėjos</title><h1>Idėjos ({total})</h1><ul>"
    );
    for (id, title, summary, stage, supports, comments, created, author, sectors) in rows {
        html.push_str(&format!(
            "<li><a href=\"/ideas/{id}\">{}</a><p>{}</p><p>{stage} · {supports} · {comments} · {created} · {} · {}</p></li>",
            escape(&title),
            escape(&summary),
            escape(&author),
            escape(sectors.as_deref().unwrap_or_default()),
        ));
    }
    html.push_str("</ul></html>");
    Ok(Html(html))
}

/// Serves `/ideas` from `url` on `addr` until stopped.
pub async fn serve(url: &str, addr: &str) -> Result<(), Box<dyn std::error::Error>> {
    let pool = SqlitePool::connect(url).await?;
    let app = Router::new().route("/ideas", get(list)).with_state(pool);
    // As fair as the server: no delayed acknowledgements on kept-alive connections.
    let listener = tokio::net::TcpListener::bind(addr).await?.tap_io(|stream| {
        let _ = stream.set_nodelay(true);
    });
    println!("the reference list is listening on http://{addr}/ideas");
    axum::serve(listener, app).await?;
    Ok(())
}
