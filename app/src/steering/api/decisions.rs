use super::*;
#[cfg(feature = "ssr")]
use crate::steering::decisions::SubjectKind;
use crate::steering::decisions::{Decision, DecisionLog, DecisionNote};

/// The decision log: open decisions and recorded ones (steering group only).
#[server(endpoint = "list_decisions", input = server_fn::codec::GetUrl)]
pub async fn list_decisions() -> Result<DecisionLog, AppError> {
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    ssr::decisions::log(&pool()?, &viewer).await
}

/// One decision with every answer and its reason (steering group only).
#[server(endpoint = "get_decision", input = server_fn::codec::GetUrl)]
pub async fn get_decision(id: i64) -> Result<Decision, AppError> {
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    ssr::decisions::decision(&pool()?, &viewer, id)
        .await
        .inspect_err(crate::server::request::set_error_status)
}

/// A member proposes a decision: its text, an optional link to the thing it is about, and
/// the last day for answers.
#[server(endpoint = "propose_decision")]
pub async fn propose_decision(
    text: String,
    #[server(default)] link: String,
    deadline: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    let kept = [
        ("text", text.as_str()),
        ("link", link.as_str()),
        ("deadline", deadline.as_str()),
    ];
    finish("propose_decision", &kept, async {
        let id = ssr::decisions::propose(&pool()?, &viewer, &text, &link, &deadline).await?;
        Ok(done(format!("/steering/decisions/{id}?proposed=1")))
    })
    .await
}

/// A member answers a decision once: agree, disagree or abstain, with a reason.
#[server(endpoint = "answer_decision")]
pub async fn answer_decision(
    id: i64,
    #[server(default)] answer: String,
    #[server(default)] reason: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    let kept = [("answer", answer.as_str()), ("reason", reason.as_str())];
    finish("answer_decision", &kept, async {
        ssr::decisions::answer(&pool()?, &viewer, id, &answer, &reason).await?;
        Ok(done(format!("/steering/decisions/{id}?answered=1")))
    })
    .await
}

/// The steering group's recorded decisions about an idea, an intervention, a workshop or an
/// organisation: public, as the thing's page shows them.
#[server(endpoint = "decisions_about", input = server_fn::codec::GetUrl)]
pub async fn decisions_about(kind: String, id: i64) -> Result<Vec<DecisionNote>, AppError> {
    authorize(Access::Public)?;
    let kind =
        SubjectKind::from_code(&kind).ok_or_else(|| AppError::field("kind", "choice_invalid"))?;
    ssr::decisions::about(&pool()?, kind, id).await
}
