use super::*;
#[cfg(feature = "ssr")]
use crate::common::ids::CriterionId;
use crate::common::ids::{GateRequestId, IdeaId};

/// The team asks for the next gate, with evidence per criterion (`criteria[]`, `texts[]`,
/// `links[]`, `outcomes[]`, row by row) and a note.
#[server(endpoint = "ask_sign_off")]
pub async fn ask_sign_off(
    idea_id: IdeaId,
    #[server(default)] note: String,
    #[server(default)] criteria: Vec<String>,
    #[server(default)] texts: Vec<String>,
    #[server(default)] links: Vec<String>,
    #[server(default)] outcomes: Vec<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let mut kept = vec![("note", note.as_str())];
    for (i, criterion) in criteria.iter().enumerate() {
        kept.push(("criteria[]", criterion));
        kept.push((
            "texts[]",
            texts.get(i).map(String::as_str).unwrap_or_default(),
        ));
        kept.push((
            "links[]",
            links.get(i).map(String::as_str).unwrap_or_default(),
        ));
        kept.push((
            "outcomes[]",
            outcomes.get(i).map(String::as_str).unwrap_or_default(),
        ));
    }
    finish("ask_sign_off", &kept, async {
        posting_limit(viewer.id, "gate", 30)?;
        let mut given = Vec::new();
        for (i, criterion) in criteria.iter().enumerate() {
            let criterion: CriterionId = criterion
                .parse()
                .map_err(|_| AppError::field("criteria", "choice_invalid"))?;
            given.push(crate::gates::EvidenceIn {
                criterion,
                text: texts.get(i).map(String::as_str).unwrap_or_default(),
                link: links.get(i).map(String::as_str).unwrap_or_default(),
                outcome: outcomes.get(i).and_then(|o| o.trim().parse().ok()),
            });
        }
        ssr::ask(&pool()?, &viewer, idea_id, &note, &given).await?;
        Ok(done(format!("/ideas/{idea_id}?asked=1#gate")))
    })
    .await
}

/// A mentor of the team (or the steering group) approves the open request or returns it with
/// reasons (`criteria[]`, `reasons[]`, row by row).
#[server(endpoint = "decide_sign_off")]
pub async fn decide_sign_off(
    request_id: GateRequestId,
    #[server(default)] verdict: String,
    #[server(default)] decision: String,
    #[server(default)] criteria: Vec<String>,
    #[server(default)] reasons: Vec<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let mut kept = vec![("decision", decision.as_str())];
    kept.extend(reasons.iter().map(|r| ("reasons[]", r.as_str())));
    finish("decide_sign_off", &kept, async {
        let approve = match verdict.as_str() {
            "approve" => Some(true),
            "return" => Some(false),
            _ => None,
        };
        let mut given = Vec::new();
        for (i, criterion) in criteria.iter().enumerate() {
            let criterion: CriterionId = criterion
                .parse()
                .map_err(|_| AppError::field("decision", "choice_invalid"))?;
            given.push((
                criterion,
                reasons.get(i).map(String::as_str).unwrap_or_default(),
            ));
        }
        let idea = ssr::decide(&pool()?, &viewer, request_id, approve, &decision, &given).await?;
        Ok(done(format!("/ideas/{idea}?decided={verdict}#gate")))
    })
    .await
}

/// The steering group sets the criteria of a gate, one per line.
#[server(endpoint = "save_gate_criteria")]
pub async fn save_gate_criteria(
    #[server(default)] stage: String,
    #[server(default)] criteria: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Role(crate::common::Role::Steering))?;
    finish("save_gate_criteria", &[("criteria", &criteria)], async {
        let stage = crate::ideas::stage::Stage::from_code(&stage)
            .ok_or_else(|| AppError::field("stage", "choice_invalid"))?;
        let lang = crate::server::request::content_lang(&criteria);
        ssr::save_criteria(&pool()?, &viewer, stage, &criteria, lang).await?;
        Ok(done(format!(
            "/stages?saved={}#gate-{}",
            stage.code(),
            stage.code()
        )))
    })
    .await
}
