#pragma once

#include <QCoreApplication>

namespace kinetic::report {

/// The translation context of the printed summary's own words: headings, labels, the page
/// header and footer. The summary is put together by free functions, which have no tr() of
/// their own; lupdate files `SummaryWords::tr("...")` under this class's name, the same context
/// the program looks the words up in. Text from the content and the core is printed as it is.
class SummaryWords final {
    Q_DECLARE_TR_FUNCTIONS(kinetic::report::SummaryWords)

public:
    SummaryWords() = delete;
};

} // namespace kinetic::report
