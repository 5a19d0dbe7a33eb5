#include "result.h"

namespace sd {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
    case ErrorCode::InvalidState:
    case ErrorCode::RuleViolation:
    case ErrorCode::InsufficientStock:
    case ErrorCode::Immutable:
    case ErrorCode::Duplicate:
    case ErrorCode::CheckFailed:
        return 1;
    case ErrorCode::InvalidInput:
    case ErrorCode::OutOfRange:
    case ErrorCode::BadCheckDigit:
        return 2;
    case ErrorCode::FileMissing:
    case ErrorCode::NotSalgsdeskFile:
    case ErrorCode::FileCorrupt:
    case ErrorCode::NewerVersion:
    case ErrorCode::ReadOnly:
    case ErrorCode::Busy:
    case ErrorCode::Io:
        return 3;
    }
    return 1;
}

} // namespace sd
