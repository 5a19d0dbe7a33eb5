#include "document.h"

namespace sd {

CustomerSnapshot CustomerSnapshot::of(const Customer& c)
{
    CustomerSnapshot s;
    s.customerId = c.id;
    s.number = c.number;
    s.name = c.name;
    s.orgnr = c.orgnr;
    s.vatNumber = c.vatNumber;
    s.gln = c.gln;
    s.peppolId = c.peppolId;
    s.email = c.email;
    s.billing = c.billing;
    s.delivery = c.delivery;
    return s;
}

const DocumentLine* Document::line(int lineNo) const
{
    for (const auto& l : lines)
        if (l.lineNo == lineNo)
            return &l;
    return nullptr;
}

DocumentLine* Document::line(int lineNo)
{
    for (auto& l : lines)
        if (l.lineNo == lineNo)
            return &l;
    return nullptr;
}

} // namespace sd
