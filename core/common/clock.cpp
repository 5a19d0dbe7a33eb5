#include "clock.h"

namespace sd {

namespace {
const Clock* g_clock = nullptr;
}

QDateTime Clock::now() const
{
    return QDateTime::currentDateTime();
}

const Clock& Clock::instance()
{
    static const Clock systemClock;
    return g_clock ? *g_clock : systemClock;
}

void Clock::setInstance(const Clock* clock)
{
    g_clock = clock;
}

} // namespace sd
