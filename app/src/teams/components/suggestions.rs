use crate::common::codes::I18n;
use crate::common::ids::RoleId;
use crate::common::ids::TeamId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::matching::{Reason, Suggestion};
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

fn reason_text(i18n: I18n, reason: &Reason) -> String {
    match reason {
        Reason::Skill(skill) => format!("{}: {skill}", t_string!(i18n, reason_skill)),
        Reason::RoleSector(s) => format!(
            "{}: {}",
            t_string!(i18n, reason_role_sector),
            (*s).label(i18n)
        ),
        Reason::LackingSector(s) => format!(
            "{}: {}",
            t_string!(i18n, reason_lacking_sector),
            (*s).label(i18n)
        ),
    }
}

#[component]
pub(crate) fn Suggestions(
    team_id: TeamId,
    role_id: RoleId,
    suggestions: Vec<Suggestion>,
    /// How many asked or were invited for the role already.
    applied: usize,
    reload: Callback<String>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="suggestions" data-testid="suggestions">
            <h4>{t!(i18n, suggestions_title)}</h4>
            {suggestions.is_empty().then(|| if applied > 0 {
                view! { <p class="empty">{t!(i18n, suggestions_empty_but_applied)}</p> }.into_any()
            } else {
                view! { <p class="empty">{t!(i18n, suggestions_empty)}</p> }.into_any()
            })}
            <ul>
                {suggestions.into_iter().map(|s| {
                    let invite = ServerAction::<InviteToTeam>::new();
                    let reasons = s.reasons.iter().map(|r| reason_text(i18n, r)).collect::<Vec<_>>().join("; ");
                    view! {
                        <li class="suggestion">
                            <a href=format!("/people/{}", s.id)>{s.name.clone()}</a>
                            <p class="reasons">{t!(i18n, suggestion_why)} " " {reasons}</p>
                            <ServerForm action=invite id="invite_to_team" class="inline-form" on_success=reload scope=format!("inv{role_id}-{}", s.id) flash=flash.clone()>
                                <input type="hidden" name="team_id" value=team_id />
                                <input type="hidden" name="user_id" value=s.id />
                                <input type="hidden" name="role_id" value=role_id />
                                <button type="submit" class="button button-small">{t!(i18n, suggestion_invite)} " " <span class="visually-hidden">{s.name.clone()}</span></button>
                            </ServerForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
