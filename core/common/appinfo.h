#pragma once

#include <QString>

namespace sd::appinfo {

inline constexpr auto kName = "Salgsdesk";
inline constexpr auto kOrganization = "Salgsdesk";
inline constexpr auto kVersion = SALGSDESK_VERSION;

// Written into PRAGMA application_id of every company file ('SDK1'), so a random SQLite file
// is never mistaken for a company file.
inline constexpr int kApplicationId = 0x53444B31;

} // namespace sd::appinfo
