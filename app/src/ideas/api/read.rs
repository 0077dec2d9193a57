// `list_ideas` takes one argument per filter of the URL; the server-function macro repeats
// the list in the code it generates for the browser.
#![allow(clippy::too_many_arguments)]
use super::*;
use crate::common::ids::IdeaId;
use crate::ideas::{History, IdeaDetail, IdeaList, SimilarIdea};

/// A page of the public list; every parameter is optional, as in the URL.
#[server(endpoint = "list_ideas", input = server_fn::codec::GetUrl)]
pub async fn list_ideas(
    #[server(default)] q: String,
    #[server(default)] sector: String,
    #[server(default)] stage: String,
    #[server(default)] tag: String,
    #[server(default)] district: String,
    #[server(default)] needs: String,
    #[server(default)] sort: String,
    #[server(default)] page: String,
) -> Result<IdeaList, AppError> {
    authorize(Access::Public)?;
    let filter = crate::ideas::IdeaFilter::from_params(|name| {
        Some(
            match name {
                "q" => &q,
                "sector" => &sector,
                "stage" => &stage,
                "tag" => &tag,
                "district" => &district,
                "needs" => &needs,
                "sort" => &sort,
                "page" => &page,
                _ => return None,
            }
            .clone(),
        )
    });
    ssr::list(&pool()?, &filter).await
}

#[server(endpoint = "get_idea", input = server_fn::codec::GetUrl)]
pub async fn get_idea(
    id: IdeaId,
    #[server(default)] before: Option<crate::common::ids::CommentId>,
    #[server(default)] feedback: bool,
    #[server(default)] comment: Option<crate::common::ids::CommentId>,
) -> Result<IdeaDetail, AppError> {
    let viewer = authorize(Access::Public)?;
    let page = crate::ideas::CommentPage {
        before,
        at: comment,
        feedback,
    };
    let result = ssr::detail(&pool()?, id, viewer.as_ref(), page).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// Ideas whose words resemble a title being typed.
#[server(endpoint = "similar_ideas", input = server_fn::codec::GetUrl)]
pub async fn similar_ideas(#[server(default)] title: String) -> Result<Vec<SimilarIdea>, AppError> {
    authorize(Access::Public)?;
    let title: String = title.chars().take(crate::ideas::TITLE_MAX).collect();
    ssr::similar(&pool()?, &title).await
}

#[server(endpoint = "idea_history", input = server_fn::codec::GetUrl)]
pub async fn idea_history(
    id: IdeaId,
    #[server(default)] from: Option<i64>,
    #[server(default)] to: Option<i64>,
) -> Result<History, AppError> {
    let viewer = authorize(Access::Public)?;
    let result = ssr::history(&pool()?, id, from, to, viewer.as_ref()).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// Redacts an earlier version of an idea (its authors, or the steering group).
#[server(endpoint = "redact_version")]
pub async fn redact_version(id: IdeaId, version: i64) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("redact_version", &[], async {
        ssr::redact_version(&pool()?, &viewer, id, version).await?;
        Ok(done(format!("/ideas/{id}/history?redacted={version}")))
    })
    .await
}
