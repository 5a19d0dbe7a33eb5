#pragma once

// Injectable clock (KeePassXC Clock pattern): due dates, overdue status and the activity log
// read time through here so tests can pin it.

#include <QDate>
#include <QDateTime>

namespace sd {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;
    QDate today() const { return now().date(); }

    static const Clock& instance();
    // Tests install a fixed clock; nullptr restores the system clock. Not thread-safe by design.
    static void setInstance(const Clock* clock);
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {
    }
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace sd
