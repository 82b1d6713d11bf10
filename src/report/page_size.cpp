#include <kinetic/report/page_size.hpp>

#include <QString>

#include <algorithm>
#include <array>

namespace kinetic::report {

QPageSize toQPageSize(PageSize size) {
    return QPageSize(size == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

PageSize pageSizeForLocale(const QLocale& locale) {
    // Where Letter is the usual paper; everywhere else uses A4.
    static constexpr std::array letterTerritories{
        QLocale::UnitedStates, QLocale::Canada,   QLocale::Mexico,    QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia, QLocale::Venezuela, QLocale::PuertoRico,
    };
    const auto territory = locale.territory();
    const bool letter =
        std::find(letterTerritories.begin(), letterTerritories.end(), territory) != letterTerritories.end();
    return letter ? PageSize::Letter : PageSize::A4;
}

PageSize pageSizeFor(const QPageSize& printerPageSize) {
    const auto id = printerPageSize.id();
    return (id == QPageSize::Letter || id == QPageSize::Legal) ? PageSize::Letter : PageSize::A4;
}

std::optional<PageSize> parsePageSize(std::string_view text) {
    const QString name = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toLower();
    if (name == QLatin1String("a4")) {
        return PageSize::A4;
    }
    if (name == QLatin1String("letter")) {
        return PageSize::Letter;
    }
    return std::nullopt;
}

} // namespace kinetic::report
