#include "documentsignals.h"

namespace sd::ui {

DocumentSignals* DocumentSignals::instance()
{
    // Lives as long as the process; never parented, so no window's destruction removes it.
    static DocumentSignals notifier;
    return &notifier;
}

} // namespace sd::ui
