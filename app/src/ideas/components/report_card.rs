use super::ModerateButtons;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::*;
use crate::ui::format::date_of;
use crate::ui::forms::ServerForm;
use crate::ui::person::PersonName;
use leptos::prelude::*;

#[component]
pub(crate) fn ReportCard(item: ReportItem, reload: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let ReportItem {
        id,
        idea_id,
        idea_title,
        comment_id,
        excerpt,
        author,
        author_blocked,
        hidden,
        reason,
        note,
        reporter,
        created_at,
    } = item;
    let link = match comment_id {
        Some(c) => crate::common::ids::comment_link(idea_id, c),
        None => format!("/ideas/{idea_id}"),
    };
    let dismiss = ServerAction::<Moderate>::new();
    let block = ServerAction::<SetPublishingBlock>::new();
    let author_id = author.id;
    view! {
        <li class="card report-card" data-report=id>
            <p class="meta">
                {if comment_id.is_some() { t!(i18n, moderation_comment_on).into_any() } else { t!(i18n, moderation_idea).into_any() }}
                " " <a href=link>{idea_title}</a>
                " · " {date_of(&created_at)}
            </p>
            <blockquote class="excerpt">{excerpt}</blockquote>
            <p>
                <strong>{move || reason.label(i18n)}</strong>
                {(!note.is_empty()).then(|| view! { ": " {note.clone()} })}
                " · " {t!(i18n, moderation_reported_by)} " " {reporter}
            </p>
            <p>{t!(i18n, moderation_author)} " " <PersonName person=author />
                {author_blocked.then(|| view! { " " <span class="badge">{t!(i18n, moderation_blocked)}</span> })}
            </p>
            <div class="role-actions">
                <ModerateButtons idea_id comment_id hidden back="/moderation".to_owned() reload />
                <ServerForm action=dismiss id="moderate" class="inline-form" on_success=reload scope=format!("dismiss{id}")>
                    <input type="hidden" name="idea_id" value=idea_id />
                    {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c /> })}
                    <input type="hidden" name="action" value="dismiss" />
                    <input type="hidden" name="back" value="/moderation" />
                    <button type="submit" class="button button-secondary button-small">{t!(i18n, moderation_dismiss)}</button>
                </ServerForm>
                <ServerForm action=block id="set_publishing_block" class="inline-form" on_success=reload scope=format!("block{id}")>
                    <input type="hidden" name="user_id" value=author_id />
                    <input type="hidden" name="blocked" value=if author_blocked { "false" } else { "true" } />
                    <input type="hidden" name="back" value="/moderation" />
                    <button type="submit" class="button button-secondary button-small">
                        {if author_blocked { t!(i18n, moderation_unblock).into_any() } else { t!(i18n, moderation_block).into_any() }}
                    </button>
                </ServerForm>
            </div>
        </li>
    }
}
