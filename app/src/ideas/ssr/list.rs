use super::tags_of;
use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::sectors::sectors_of;
use crate::common::PersonRef;
use crate::ideas::stage::stage_of;
use crate::ideas::*;
use crate::server::people::PERSON;
use sqlx::{QueryBuilder, Sqlite, SqlitePool};

type CardRow = (
    IdeaId,
    String,
    String,
    String,
    Option<String>,
    String,
    i64,
    i64,
    String,
    i64,
    Option<String>,
    bool,
    Option<String>,
    String,
);

/// The list's search join and conditions, shared by the page and its count. For the page,
/// `+` keeps SQLite from answering "not hidden" with the `ideas_visible` index and then
/// sorting every idea: walking the order's own index stops after twenty rows (25 ms → 1 ms
/// with 10,000 ideas). The count wants that index.
fn push_filters(query: &mut QueryBuilder<'_, Sqlite>, filter: &IdeaFilter, page: bool) {
    if let Some(search) = fts_all_words(&filter.q) {
        query.push(" JOIN ideas_fts f ON f.rowid = i.id AND ideas_fts MATCH ");
        query.push_bind(search);
    }
    query.push(if page {
        " WHERE +i.hidden_at IS NULL"
    } else {
        " WHERE i.hidden_at IS NULL"
    });
    match filter.stage {
        Some(stage) => {
            query.push(" AND i.stage = ").push_bind(stage.code());
        }
        // Archived ideas are out of the way unless asked for.
        None => {
            query.push(" AND i.stage <> 'archived'");
        }
    }
    if let Some(district) = filter.district {
        query.push(" AND i.district = ").push_bind(district.code());
    }
    if let Some(needs) = filter.needs {
        // The column is named by the kind's code (from the enum, never from the request).
        query
            .push(format!(" AND i.need_{} = 1", needs.code()))
            .push(
                " AND NOT EXISTS (SELECT 1 FROM pledges p WHERE p.idea_id = i.id
                    AND p.status IN ('accepted', 'fulfilled') AND p.kind = ",
            )
            .push_bind(needs.code())
            .push(")");
    }
    if let Some(sector) = filter.sector {
        query
            .push(" AND i.id IN (SELECT idea_id FROM idea_sectors WHERE sector = ")
            .push_bind(sector.code())
            .push(")");
    }
    if let Some(tag) = &filter.tag {
        query
            .push(" AND i.id IN (SELECT idea_id FROM idea_tags WHERE tag = ")
            .push_bind(tag.clone())
            .push(")");
    }
}

/// One page of the public list in two queries: the page's rows (with author and sectors, so
/// the per-row work is done for twenty rows only) and the number of matches.
pub async fn list(pool: &SqlitePool, filter: &IdeaFilter) -> Result<IdeaList, AppError> {
    let mut count: QueryBuilder<Sqlite> = QueryBuilder::new("SELECT COUNT(*) FROM ideas i");
    push_filters(&mut count, filter, false);
    let (total,): (i64,) = count.build_query_as().fetch_one(pool).await?;
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT i.id, i.title, i.summary, i.stage, i.district, i.tags, i.support_count,
                i.comment_count, i.created_at, {PERSON},
                (SELECT group_concat(s.sector) FROM idea_sectors s WHERE s.idea_id = i.id),
                i.lang
           FROM ideas i JOIN users u ON u.id = i.author_id"
    ));
    push_filters(&mut query, filter, true);
    query.push(match filter.sort {
        SortOrder::Newest => " ORDER BY i.created_at DESC, i.id DESC",
        SortOrder::Supported => " ORDER BY i.support_count DESC, i.id DESC",
        SortOrder::Discussed => " ORDER BY i.comment_count DESC, i.id DESC",
        SortOrder::Active => " ORDER BY i.activity_at DESC, i.id DESC",
    });
    query
        .push(" LIMIT ")
        .push_bind(PAGE_SIZE)
        .push(" OFFSET ")
        .push_bind((filter.page - 1) * PAGE_SIZE);
    let rows: Vec<CardRow> = query.build_query_as().fetch_all(pool).await?;
    let items = rows
        .into_iter()
        .map(|r| IdeaCard {
            id: r.0,
            title: r.1,
            summary: r.2,
            stage: stage_of(&r.3),
            district: r.4.as_deref().and_then(District::from_code),
            tags: tags_of(&r.5),
            support_count: r.6,
            comment_count: r.7,
            created_at: r.8,
            author: PersonRef {
                id: r.9,
                name: r.10,
                mentor: r.11,
            },
            sectors: sectors_of(r.12.as_deref()),
            lang: r.13,
        })
        .collect();
    Ok(IdeaList {
        items,
        total,
        page: filter.page,
        pages: (total + PAGE_SIZE - 1) / PAGE_SIZE,
    })
}

/// Up to five visible ideas whose words resemble `title`.
pub async fn similar(pool: &SqlitePool, title: &str) -> Result<Vec<SimilarIdea>, AppError> {
    let Some(search) = fts_any_word(title) else {
        return Ok(Vec::new());
    };
    let rows: Vec<(IdeaId, String, String)> = sqlx::query_as(
        "SELECT i.id, i.title, i.stage FROM ideas_fts f JOIN ideas i ON i.id = f.rowid
          WHERE ideas_fts MATCH ? AND i.hidden_at IS NULL
          ORDER BY bm25(ideas_fts, 10.0, 4.0, 1.0, 3.0) LIMIT 5",
    )
    .bind(search)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, title, stage)| SimilarIdea {
            id,
            title,
            stage: stage_of(&stage),
        })
        .collect())
}
