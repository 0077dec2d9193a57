use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::*;
use crate::ui::forms::{Field, ServerForm, Submit, TextArea};
use crate::ui::person::{Avatar, PersonName};
use leptos::prelude::*;

#[component]
pub(crate) fn WorkspaceView(
    ws: Workspace,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Workspace {
        team_id,
        name,
        members,
        posts,
        tasks,
        done_not_shown,
        open_not_shown,
        today,
    } = ws;
    let post = ServerAction::<PostTeamMessage>::new();
    let add_task = ServerAction::<AddTeamTask>::new();
    view! {
        <h1>{name} <span class="subtitle">" · " {t!(i18n, workspace_title)}</span></h1>
        <p><a href=format!("/teams/{team_id}")>{t!(i18n, workspace_back)}</a></p>
        <div class="workspace-grid">
            <section class="thread" aria-labelledby="thread-title">
                <h2 id="thread-title">{t!(i18n, workspace_thread)}</h2>
                // The message box first and the newest message next to it, so on a phone it is
                // never below the whole thread.
                <ServerForm action=post id="post_team_message" flash=flash.clone() on_success=reload scope="post">
                    <input type="hidden" name="team_id" value=team_id />
                    <TextArea name="body" label=move || t_string!(i18n, workspace_message) maxlength=POST_MAX />
                    <Submit label=move || t_string!(i18n, workspace_send) />
                </ServerForm>
                {posts.is_empty().then(|| view! { <p class="empty">{t!(i18n, workspace_thread_empty)}</p> })}
                {(!posts.is_empty()).then(|| view! { <p class="hint">{t!(i18n, workspace_newest_first)}</p> })}
                <ol class="posts" data-testid="posts" reversed=true>
                    {posts.into_iter().rev().map(|p| view! {
                        <li class="post" id=format!("post-{}", p.id)>
                            <p class="meta"><Avatar person=p.author.clone() /> <PersonName person=p.author /> " · " <time datetime=p.created_at.clone()>{p.created_at.chars().take(16).collect::<String>()}</time></p>
                            <p class="post-body">{p.body}</p>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            <section class="tasks" id="tasks" aria-labelledby="tasks-title">
                <h2 id="tasks-title">{t!(i18n, workspace_tasks)}</h2>
                {tasks.is_empty().then(|| view! { <p class="empty">{t!(i18n, workspace_tasks_empty)}</p> })}
                <ul class="task-list" data-testid="tasks">
                    {tasks.into_iter().map(|task| {
                        let toggle = ServerAction::<SetTaskDone>::new();
                        let overdue = !task.done && task.due_on.as_deref().is_some_and(|d| d < today.as_str());
                        view! {
                            <li class="task" class:task-done=task.done class:task-overdue=overdue data-done=if task.done { "true" } else { "false" }>
                                <span class="task-title">{task.title.clone()}</span>
                                {overdue.then(|| view! { " " <strong class="badge badge-overdue" data-testid="overdue">{t!(i18n, task_overdue)}</strong> })}
                                <span class="meta">
                                    {task.owner.map(|o| view! { " · " <PersonName person=o /> })}
                                    {task.due_on.map(|d| view! { " · " {t!(i18n, task_due)} " " {d} })}
                                </span>
                                <ServerForm action=toggle id="set_task_done" class="inline-form" on_success=reload scope=format!("task{}", task.id) flash=flash.clone()>
                                    <input type="hidden" name="task_id" value=task.id />
                                    <input type="hidden" name="done" value=if task.done { "false" } else { "true" } />
                                    <button type="submit" class="button button-small button-secondary" aria-pressed=if task.done { "true" } else { "false" }>
                                        {if task.done { t!(i18n, task_reopen).into_any() } else { t!(i18n, task_mark_done).into_any() }}
                                        <span class="visually-hidden">": " {task.title}</span>
                                    </button>
                                </ServerForm>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(open_not_shown > 0).then(|| view! { <p class="hint" data-testid="open-not-shown">{t!(i18n, workspace_tasks_open_more)} " " {open_not_shown}</p> })}
                {(done_not_shown > 0).then(|| view! { <p class="hint" data-testid="done-not-shown">{t!(i18n, workspace_tasks_done_more)} " " {done_not_shown}</p> })}
                <ServerForm action=add_task id="add_team_task" flash on_success=reload scope="task">
                    <input type="hidden" name="team_id" value=team_id />
                    <Field name="title" label=move || t_string!(i18n, task_title) required=true maxlength=TASK_MAX />
                    <div class="field">
                        <label for="f-task-owner">{t!(i18n, task_owner)}</label>
                        <select id="f-task-owner" name="owner">
                            <option value="">{t!(i18n, task_no_owner)}</option>
                            {members.into_iter().map(|m| view! {
                                <option value=m.person.id>{m.person.name.unwrap_or_default()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <Field name="due_on" kind="date" label=move || t_string!(i18n, task_due_field) />
                    <Submit label=move || t_string!(i18n, task_add) />
                </ServerForm>
            </section>
        </div>
    }
}
