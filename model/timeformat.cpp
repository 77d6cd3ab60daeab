#include "timeformat.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace model {

QString formatTrio2oTime(std::int64_t us)
{
    const std::int64_t secs = us >= 0 ? us / 1000000 : (us - 999999) / 1000000;
    const std::int64_t frac = us - secs * 1000000;
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.")) + QStringLiteral("%1").arg(frac, 6, 10, QLatin1Char('0'));
}

std::optional<std::int64_t> parseTrio2oTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6})\d*)?(Z|[+-]00:?00)?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QString frac = m.captured(7);
    while (frac.size() < 6)
        frac += QLatin1Char('0');
    const QDateTime dt(date, time, QTimeZone::utc());
    return dt.toSecsSinceEpoch() * 1000000 + frac.toLongLong();
}

std::int64_t nowMicroseconds()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

} // namespace model
