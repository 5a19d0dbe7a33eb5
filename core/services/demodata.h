#pragma once

// The demo company behind `salgsdesk-cli init --demo` and the first-run wizard: a plausible
// Norwegian shop with customers, products, a bundle, stock and documents in every status, made
// through the same services a user's actions go through.

#include "common/result.h"
#include "storage/database.h"

#include <memory>

namespace sd {

class DemoData
{
public:
    static Result<std::unique_ptr<storage::Database>> create(const QString& path);
};

} // namespace sd
