#pragma once

// Stable keys and translated names for the enums of core/documents, written as constexpr tables
// ({value, "key", QT_TRANSLATE_NOOP(context, "Name")}) so a key and its label sit on one line.
// Keys are what storage, JSON, CSV and the CLI use (ARCHITECTURE §2 "Status strings"); they are
// never translated. Names are looked up with QCoreApplication::translate at run time.
// Internal to core/documents: include it from .cpp files only.

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <iterator>
#include <optional>
#include <type_traits>
#include <utility>

namespace sd::labels {

template <typename E> struct Label
{
    E value;
    const char* key;
    const char* name; // English source text, marked with QT_TRANSLATE_NOOP
};

// The enum type a label table describes.
template <typename Labels>
using ValueOf = std::remove_cvref_t<decltype(std::begin(std::declval<const Labels&>())->value)>;

template <typename Labels>
constexpr const Label<ValueOf<Labels>>* find(const Labels& labels, ValueOf<Labels> value)
{
    for (const auto& label : labels) {
        if (label.value == value)
            return &label;
    }
    return nullptr;
}

template <typename Labels> QString key(const Labels& labels, ValueOf<Labels> value)
{
    const auto* label = find(labels, value);
    Q_ASSERT(label);
    return label ? QString::fromLatin1(label->key) : QString();
}

template <typename Labels>
QString name(const Labels& labels, ValueOf<Labels> value, const char* context)
{
    const auto* label = find(labels, value);
    Q_ASSERT(label);
    return label ? QCoreApplication::translate(context, label->name) : QString();
}

template <typename Labels>
std::optional<ValueOf<Labels>> lookup(const Labels& labels, QStringView key)
{
    for (const auto& label : labels) {
        if (key.compare(QLatin1String(label.key)) == 0)
            return label.value;
    }
    return std::nullopt;
}

// Parses a key; `unknown` is a translatable sentence with %1 for the offending text.
template <typename Labels>
Result<ValueOf<Labels>>
parse(const Labels& labels, QStringView key, const char* context, const char* unknown)
{
    if (auto value = lookup(labels, key))
        return *value;
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate(context, unknown).arg(key.toString()));
}

template <typename Labels> QList<ValueOf<Labels>> values(const Labels& labels)
{
    QList<ValueOf<Labels>> out;
    for (const auto& label : labels)
        out.append(label.value);
    return out;
}

} // namespace sd::labels
