#pragma once

// sd::Result<T>: the return type of every core API that can fail.
// Shaped like std::expected (C++23, missing from g++ 12 in -std=c++20) so it can later
// become an alias. No exception ever crosses a core API boundary.

#include <QString>

#include <optional>
#include <utility>

namespace sd {

// What kind of failure this is. The CLI maps the three groups to its exit codes
// (1 refused by rules/state, 2 malformed input, 3 file problem); see exitCodeFor().
enum class ErrorCode {
    // 1: a well-formed request refused by the rules or the current state
    NotFound,
    InvalidState,
    RuleViolation,
    InsufficientStock,
    Immutable,
    Duplicate,
    CheckFailed,
    // 2: malformed input
    InvalidInput,
    OutOfRange,
    BadCheckDigit,
    // 3: a problem with the company file
    FileMissing,
    NotSalgsdeskFile,
    FileCorrupt,
    NewerVersion,
    ReadOnly,
    Busy,
    Io,
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message; // translated, user-facing, one sentence
    QString detail; // technical: QSqlError text, file path
};

int exitCodeFor(ErrorCode code);

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(const T& value)
        : m_value(value)
    {
    }
    Result(T&& value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool has_value() const { return m_value.has_value(); }
    explicit operator bool() const { return has_value(); }
    // On a temporary Result the value is moved out, so `for (x : f().value())` cannot dangle.
    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T value() && { return std::move(*m_value); }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error))
    {
    }

    bool has_value() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace sd

// Propagate an error from an expression returning Result<...>.
#define SD_TRY(expr)                                                                               \
    do {                                                                                           \
        auto sdTryResult_ = (expr);                                                                \
        if (!sdTryResult_)                                                                         \
            return sdTryResult_.error();                                                           \
    } while (false)
