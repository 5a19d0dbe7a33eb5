#pragma once

// The engine behind the lifecycle tables (quotelifecycle.cpp, orderlifecycle.cpp, …).
// Each document type writes its rules as one constexpr table that names every (action, status)
// pair exactly once: either the status the action leads to, or the sentence that refuses it.
// That is Kraft's KraftDocState::validFollowStates turned into data: the services read it to
// refuse illegal moves, the UI reads the same refusal as the disabled action's tooltip, and a
// static_assert (isComplete) proves that no pair was forgotten when an action or status is added.
// Internal to core/documents: include it from .cpp files only.

#include "common/result.h"
#include "enumlabels.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <span>

namespace sd::lifecycle {

struct Refusal
{
    const char* message; // marked with QT_TRANSLATE_NOOP(table context, …)
};

constexpr Refusal refuse(const char* message)
{
    return Refusal {message};
}

template <typename Status, typename Action> struct Rule
{
    // Allowed: `action` in status `from` leads to `to` (== from when the status does not change).
    constexpr Rule(Action a, Status f, Status t)
        : action(a)
        , from(f)
        , to(t)
    {
    }
    // Refused, with the sentence shown to the user.
    constexpr Rule(Action a, Status f, Refusal r)
        : action(a)
        , from(f)
        , to(f)
        , refusal(r.message)
    {
    }
    constexpr bool allowed() const { return refusal == nullptr; }

    Action action;
    Status from;
    Status to;
    const char* refusal = nullptr;
};

template <typename Status, typename Action> struct Table
{
    const char* context; // translation context of every string in the table
    const char* documentKey; // "quote", for the technical detail of errors
    std::span<const labels::Label<Status>> statuses;
    std::span<const labels::Label<Action>> actions;
    std::span<const Rule<Status, Action>> rules;
    const char* unknownStatus; // "“%1” is not a quote status."
    const char* unknownAction;

    // Every (status, action) pair has exactly one rule.
    constexpr bool isComplete() const
    {
        if (rules.size() != statuses.size() * actions.size())
            return false;
        for (const auto& s : statuses) {
            for (const auto& a : actions) {
                int count = 0;
                for (const auto& r : rules)
                    count += (r.from == s.value && r.action == a.value) ? 1 : 0;
                if (count != 1)
                    return false;
            }
        }
        return true;
    }

    constexpr const Rule<Status, Action>* find(Status from, Action action) const
    {
        for (const auto& r : rules) {
            if (r.from == from && r.action == action)
                return &r;
        }
        return nullptr;
    }

    bool isAllowed(Status from, Action action) const
    {
        const auto* r = find(from, action);
        return r && r->allowed();
    }

    // Empty when the action is allowed.
    QString refusalMessage(Status from, Action action) const
    {
        const auto* r = find(from, action);
        if (!r) {
            // Only reachable with a value cast from outside the enum; the table is complete.
            Q_ASSERT_X(false, "lifecycle::Table", "status or action outside the table");
            return QCoreApplication::translate("sd::Lifecycle", "This action is not possible.");
        }
        return r->allowed() ? QString() : QCoreApplication::translate(context, r->refusal);
    }

    Result<Status> apply(Status from, Action action) const
    {
        const auto* r = find(from, action);
        if (r && r->allowed())
            return r->to;
        return makeError(
            ErrorCode::InvalidState,
            refusalMessage(from, action),
            QStringLiteral("%1: %2 refused in status %3")
                .arg(QString::fromLatin1(documentKey), actionKey(action), statusKey(from)));
    }

    Result<void> check(Status from, Action action) const
    {
        auto r = apply(from, action);
        if (!r)
            return r.error();
        return {};
    }

    QList<Action> allowedActions(Status from) const
    {
        QList<Action> out;
        for (const auto& a : actions) {
            if (isAllowed(from, a.value))
                out.append(a.value);
        }
        return out;
    }

    QList<Status> statusList() const { return labels::values(statuses); }
    QList<Action> actionList() const { return labels::values(actions); }
    QString statusKey(Status s) const { return labels::key(statuses, s); }
    QString statusName(Status s) const { return labels::name(statuses, s, context); }
    QString actionKey(Action a) const { return labels::key(actions, a); }
    QString actionName(Action a) const { return labels::name(actions, a, context); }
    Result<Status> parseStatus(QStringView key) const
    {
        return labels::parse(statuses, key, context, unknownStatus);
    }
    Result<Action> parseAction(QStringView key) const
    {
        return labels::parse(actions, key, context, unknownAction);
    }
};

} // namespace sd::lifecycle
