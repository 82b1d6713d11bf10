#include "body_diagram_style.hpp"

#include <QCoreApplication>

namespace kinetic::report::bodyStyle {

QColor mechanismColour(Mechanism mechanism) {
    switch (mechanism) {
    case Mechanism::NerveRoot:
        return {0xc1, 0x4f, 0x00};
    case Mechanism::JointReferral:
        return {0x00, 0x5f, 0x99};
    case Mechanism::PeripheralNerve:
        return {0xa8, 0x4f, 0x86};
    case Mechanism::Myofascial:
        return {0x00, 0x7f, 0x5c};
    case Mechanism::KineticChain:
        return {0x5e, 0x3c, 0x99};
    case Mechanism::LocalSpread:
        return {0x7a, 0x62, 0x1c};
    case Mechanism::Visceral:
        return {0x55, 0x55, 0x55};
    }
    return {0x55, 0x55, 0x55};
}

QString mechanismLetter(Mechanism mechanism) {
    switch (mechanism) {
    case Mechanism::NerveRoot:
        return QCoreApplication::translate("BodyDiagram", "N", "badge letter: nerve root");
    case Mechanism::JointReferral:
        return QCoreApplication::translate("BodyDiagram", "J", "badge letter: joint referral");
    case Mechanism::PeripheralNerve:
        return QCoreApplication::translate("BodyDiagram", "T", "badge letter: trapped (peripheral) nerve");
    case Mechanism::Myofascial:
        return QCoreApplication::translate("BodyDiagram", "M", "badge letter: myofascial");
    case Mechanism::KineticChain:
        return QCoreApplication::translate("BodyDiagram", "K", "badge letter: kinetic chain");
    case Mechanism::LocalSpread:
        return QCoreApplication::translate("BodyDiagram", "F", "badge letter: fluid tracking (local spread)");
    case Mechanism::Visceral:
        return QCoreApplication::translate("BodyDiagram", "O", "badge letter: organs or blood vessels (visceral)");
    }
    return {};
}

QString mechanismName(Mechanism mechanism) {
    switch (mechanism) {
    case Mechanism::NerveRoot:
        return QCoreApplication::translate("BodyDiagram", "Nerve root");
    case Mechanism::JointReferral:
        return QCoreApplication::translate("BodyDiagram", "Joint referral");
    case Mechanism::PeripheralNerve:
        return QCoreApplication::translate("BodyDiagram", "Trapped nerve");
    case Mechanism::Myofascial:
        return QCoreApplication::translate("BodyDiagram", "Trigger point (muscle)");
    case Mechanism::KineticChain:
        return QCoreApplication::translate("BodyDiagram", "Kinetic chain (load)");
    case Mechanism::LocalSpread:
        return QCoreApplication::translate("BodyDiagram", "Fluid tracking");
    case Mechanism::Visceral:
        return QCoreApplication::translate("BodyDiagram", "Organs or blood vessels");
    }
    return {};
}

} // namespace kinetic::report::bodyStyle
