<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BodyDiagram</name>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="30"/>
        <source>%1 (hidden)</source>
        <comment>legend entry of a kind of link not shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="36"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="37"/>
        <source>Where it hurts (selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="38"/>
        <source>Linked area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="39"/>
        <source>Arrows: the way pain travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="40"/>
        <source>Thicker: stronger link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="41"/>
        <source>Dashed: less certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="42"/>
        <source>Two heads: both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_legend.cpp" line="43"/>
        <source>Kind of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_painter.cpp" line="73"/>
        <source>Left</source>
        <comment>the person&apos;s left side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_painter.cpp" line="74"/>
        <source>Right</source>
        <comment>the person&apos;s right side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_painter.cpp" line="195"/>
        <source>Front (facing you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_painter.cpp" line="197"/>
        <source>Back (facing away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="30"/>
        <source>N</source>
        <comment>badge letter: nerve root</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="32"/>
        <source>J</source>
        <comment>badge letter: joint referral</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="34"/>
        <source>T</source>
        <comment>badge letter: trapped (peripheral) nerve</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="36"/>
        <source>M</source>
        <comment>badge letter: myofascial</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="38"/>
        <source>K</source>
        <comment>badge letter: kinetic chain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="40"/>
        <source>F</source>
        <comment>badge letter: fluid tracking (local spread)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="42"/>
        <source>O</source>
        <comment>badge letter: organs or blood vessels (visceral)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="50"/>
        <source>Nerve root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="52"/>
        <source>Joint referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="54"/>
        <source>Trapped nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="56"/>
        <source>Trigger point (muscle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="58"/>
        <source>Kinetic chain (load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="60"/>
        <source>Fluid tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/body_diagram_style.cpp" line="62"/>
        <source>Organs or blood vessels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosePainter</name>
    <message>
        <location filename="../src/report/pose_painter.cpp" line="435"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/pose_painter.cpp" line="436"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupContent</name>
    <message>
        <location filename="../src/gui/startup_content.cpp" line="41"/>
        <source>The content in %1 has problems, so the program uses its bundled content. Once these are fixed and the files saved, it switches to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/startup_content.cpp" line="47"/>
        <source>The content in %1 has problems, and there is no good content to run on. The program will close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/startup_content.cpp" line="54"/>
        <source>The content of the program cannot be found. Reinstall it, or give a content folder with --data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/startup_content.cpp" line="61"/>
        <source>The content in %1 has problems, and there is no good content to run on. Reinstall the program. It will close now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::AssessmentFiles</name>
    <message>
        <location filename="../src/gui/assessment_files.cpp" line="41"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/assessment_files.cpp" line="62"/>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/assessment_files.cpp" line="65"/>
        <source>is too large to be an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/assessment_files.cpp" line="102"/>
        <source>The assessment has no file name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/assessment_files.cpp" line="124"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::BodyDiagramWidget</name>
    <message>
        <location filename="../src/gui/body_diagram_widget.cpp" line="34"/>
        <source>Body diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/body_diagram_widget.cpp" line="35"/>
        <source>Front and back views of the body. Use Tab or the arrow keys to move between areas, Space to mark an area as painful, Enter to describe the pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/body_diagram_widget.cpp" line="316"/>
        <source>Marked as painful, %1 out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/body_diagram_widget.cpp" line="318"/>
        <source>Linked to where it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/body_diagram_widget.cpp" line="320"/>
        <source>Not marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/body_diagram_widget.cpp" line="341"/>
        <source>Marked as painful, %1 out of 10. Click to unmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/body_diagram_widget.cpp" line="343"/>
        <source>Linked to where it hurts. Click to mark as painful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/body_diagram_widget.cpp" line="345"/>
        <source>Click to mark as painful.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::CauseDetailsView</name>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="45"/>
        <location filename="../src/gui/cause_details_view.cpp" line="168"/>
        <source>&amp;Add recommended exercise to my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="49"/>
        <source>Recommended exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="49"/>
        <source>Why it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="53"/>
        <source>Recommended exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="103"/>
        <source>This cause needs to be checked by a clinician. Please do not rely on self-care alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="106"/>
        <source>Why it is listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="113"/>
        <source>In short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="115"/>
        <source>What you might notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="124"/>
        <source>Warning signs to check (see the Red flags panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="127"/>
        <source>This is a possibility that often fits what you marked, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="162"/>
        <source>In your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/cause_details_view.cpp" line="168"/>
        <source>Already in my plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::CausesModel</name>
    <message>
        <location filename="../src/gui/causes_model.cpp" line="54"/>
        <source>%1, raised by a warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/causes_model.cpp" line="99"/>
        <source>Possible cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/causes_model.cpp" line="101"/>
        <source>How well it fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/causes_model.cpp" line="103"/>
        <source>Mainly because</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::CausesPanel</name>
    <message>
        <location filename="../src/gui/causes_panel.cpp" line="29"/>
        <source>Possible causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/causes_panel.cpp" line="56"/>
        <source>Mark where it hurts to see causes that often fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/causes_panel.cpp" line="57"/>
        <source>Causes that often fit what you marked, best fit first. These are possibilities to discuss with a clinician, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::DetailsBrowser</name>
    <message>
        <location filename="../src/gui/details_browser.cpp" line="100"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::DiagnosticsDialog</name>
    <message>
        <location filename="../src/gui/diagnostics_dialog.cpp" line="16"/>
        <source>Problems in the content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::DisclaimerDialog</name>
    <message>
        <location filename="../src/gui/disclaimer_dialog.cpp" line="20"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/disclaimer_dialog.cpp" line="21"/>
        <source>This program is for learning, not for diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/disclaimer_dialog.cpp" line="27"/>
        <source>If you have sudden severe symptoms, numbness between your legs, new trouble with your bladder or bowels, or weakness in your legs, get emergency help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/disclaimer_dialog.cpp" line="35"/>
        <source>I &amp;understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::EmergencyBanner</name>
    <message>
        <location filename="../src/gui/emergency_banner.cpp" line="34"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/emergency_banner.cpp" line="80"/>
        <source>%1: %2</source>
        <comment>the urgency in capitals (EMERGENCY), then what it means</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/emergency_banner.cpp" line="86"/>
        <source>Self-care and exercises come second: get this checked first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::ExerciseBrowser</name>
    <message>
        <location filename="../src/gui/exercise_browser.cpp" line="27"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/exercise_browser.cpp" line="98"/>
        <source>%1 of %n exercises shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinetic::gui::ExerciseDetailView</name>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="53"/>
        <location filename="../src/gui/exercise_detail_view.cpp" line="110"/>
        <source>&amp;Add to my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="95"/>
        <source>Choose an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="102"/>
        <source>Pick an exercise from the list to see how to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="110"/>
        <source>In your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="124"/>
        <source>Why it fits you:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="131"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="136"/>
        <source>How much (usual dosage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="137"/>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="139"/>
        <source>When to progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="140"/>
        <source>Easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="141"/>
        <source>Harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="167"/>
        <source>The pain rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="169"/>
        <source>Stop and get advice if you notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="172"/>
        <source>When to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="188"/>
        <source>Open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="206"/>
        <source>%1. %2</source>
        <comment>how sure, then a note on the evidence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="209"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="210"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="217"/>
        <source>%1: %2</source>
        <comment>a source&apos;s short name, then its citation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_detail_view.cpp" line="222"/>
        <source>Open the source in a browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::ExerciseFilterBar</name>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="44"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="45"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="46"/>
        <source>Kind of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="47"/>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="48"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="49"/>
        <source>&amp;Fits my selection first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="51"/>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="52"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="56"/>
        <source>Exercises recommended for the likely causes of your pain come first, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="57"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="97"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="102"/>
        <source>Any difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="107"/>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="114"/>
        <source>Needs no equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="115"/>
        <source>Needs at most: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="122"/>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_filter_bar.cpp" line="138"/>
        <source>Any condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::ExerciseLabels</name>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="13"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="15"/>
        <source>Strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="17"/>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="19"/>
        <source>Motor control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="21"/>
        <source>Aerobic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="29"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="31"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="33"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="40"/>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="41"/>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="42"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="43"/>
        <source>Resistance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="44"/>
        <source>Strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="45"/>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="46"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="47"/>
        <source>Cushion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="48"/>
        <source>Something to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="49"/>
        <source>Bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="50"/>
        <source>A partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="51"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="52"/>
        <source>Bike or pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="53"/>
        <source>Walking shoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_labels.cpp" line="54"/>
        <source>Towel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::ExerciseListModel</name>
    <message>
        <location filename="../src/gui/exercise_list_model.cpp" line="86"/>
        <source> (in your plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_list_model.cpp" line="90"/>
        <source>✓ Fits your selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::ExercisePoseView</name>
    <message>
        <location filename="../src/gui/exercise_pose_view.cpp" line="31"/>
        <source>Start and end position of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exercise_pose_view.cpp" line="63"/>
        <source>No illustration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::FileActions</name>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="30"/>
        <source>Assessments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="31"/>
        <source>All files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="41"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="42"/>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="43"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="44"/>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="45"/>
        <source>&amp;Export PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="46"/>
        <source>Print Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="47"/>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="48"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="72"/>
        <source>Printing is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="111"/>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="111"/>
        <source>Do you want to save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="129"/>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="141"/>
        <source>Cannot open the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="142"/>
        <source>%1 cannot be read: it may be damaged, or made by a newer version of this program. Nothing was changed, and the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="156"/>
        <source>my-assessment</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="158"/>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="174"/>
        <source>Cannot save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/file_actions.cpp" line="175"/>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::LinkedAreasModel</name>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="21"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="23"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="25"/>
        <source>weak, less certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="27"/>
        <source>opinion, less certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="29"/>
        <source>unsupported, less certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="76"/>
        <source>%1 (2nd step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="114"/>
        <source>Linked area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="116"/>
        <source>Link (the way pain travels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="118"/>
        <source>Kind of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_model.cpp" line="120"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::LinkedAreasPanel</name>
    <message>
        <location filename="../src/gui/linked_areas_panel.cpp" line="28"/>
        <source>Mark where it hurts to see which other areas are linked to it, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_panel.cpp" line="39"/>
        <source>Linked areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_panel.cpp" line="86"/>
        <source>Kind of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_panel.cpp" line="88"/>
        <source>How sure we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_panel.cpp" line="91"/>
        <source>%1: %2</source>
        <comment>how sure, then a note on the evidence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_panel.cpp" line="96"/>
        <source>This link is less certain. Treat it as a possibility to discuss, not a fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/linked_areas_panel.cpp" line="100"/>
        <source>This is one step further along the chain, so it counts for less.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="68"/>
        <source>The content was changed on disk and has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="152"/>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="153"/>
        <source>Likely causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="156"/>
        <source>Linked areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="158"/>
        <source>Warning signs and you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="161"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="163"/>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="174"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="177"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="182"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="187"/>
        <source>&amp;Links shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="196"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="197"/>
        <source>&amp;Disclaimer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="198"/>
        <source>&amp;About Kinetic Chain Explorer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="201"/>
        <source>About Kinetic Chain Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="202"/>
        <source>Kinetic Chain Explorer %1

See how back, hip and knee pain can be linked, which causes often fit, when to get help, and which exercises help.

Content version %2, last reviewed %3, licence %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="244"/>
        <source>%1[*] - Kinetic Chain Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="258"/>
        <source>The content files were changed, but they now have problems. The program keeps using the last good content until these are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="261"/>
        <source>The changed content has problems: still using the last good content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::MechanismToolBar</name>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="20"/>
        <source>Nerve root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="22"/>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="24"/>
        <source>Trapped nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="26"/>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="28"/>
        <source>Kinetic chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="30"/>
        <source>Fluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="32"/>
        <source>Organs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="40"/>
        <source>Links shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="44"/>
        <source>Links shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="55"/>
        <source>Show or hide links of this kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="61"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mechanism_tool_bar.cpp" line="65"/>
        <source>Show or hide the legend under the body diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::PainDetailsEditor</name>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="23"/>
        <source>Ache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="25"/>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="27"/>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="29"/>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="31"/>
        <source>Stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="43"/>
        <source>&amp;Mark as painful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="77"/>
        <location filename="../src/gui/pain_details_editor.cpp" line="80"/>
        <source>Pain intensity, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="79"/>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="97"/>
        <source>How strong (0 none, 10 worst):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="101"/>
        <source>What it feels like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/pain_details_editor.cpp" line="124"/>
        <source>Choose an area on the body or in the list to describe the pain there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::PlanDosageEditor</name>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="26"/>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="27"/>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="28"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="31"/>
        <source>&amp;Reset to usual dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="33"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="34"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="41"/>
        <source>&amp;Sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="42"/>
        <source>R&amp;epetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="43"/>
        <source>&amp;Hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="44"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="45"/>
        <source>&amp;Days a week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="89"/>
        <source>Choose an exercise of your plan to change how much you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_dosage_editor.cpp" line="101"/>
        <source>Usual for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::PlanModel</name>
    <message>
        <location filename="../src/gui/plan_model.cpp" line="50"/>
        <source>%1
%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_model.cpp" line="50"/>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_model.cpp" line="52"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_model.cpp" line="54"/>
        <source>Your dosage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_model.cpp" line="54"/>
        <source>Usual dosage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::PlanPanel</name>
    <message>
        <location filename="../src/gui/plan_panel.cpp" line="27"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_panel.cpp" line="28"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_panel.cpp" line="29"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_panel.cpp" line="33"/>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_panel.cpp" line="44"/>
        <source>Your plan is empty. Add exercises from the Exercises panel, or from the details of a likely cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_panel.cpp" line="52"/>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/plan_panel.cpp" line="55"/>
        <source>Pre&amp;view printout...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::RedFlagQuestion</name>
    <message>
        <location filename="../src/gui/red_flag_question.cpp" line="30"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flag_question.cpp" line="31"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flag_question.cpp" line="32"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flag_question.cpp" line="77"/>
        <source>Warning sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flag_question.cpp" line="78"/>
        <source>If yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flag_question.cpp" line="82"/>
        <source>Counted as yes until you answer No: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::RedFlagsPanel</name>
    <message>
        <location filename="../src/gui/red_flags_panel.cpp" line="23"/>
        <source>A recent injury, fall or twist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flags_panel.cpp" line="28"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flags_panel.cpp" line="35"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flags_panel.cpp" line="37"/>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flags_panel.cpp" line="115"/>
        <source>Mark where it hurts to see the warning-sign questions that go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/red_flags_panel.cpp" line="116"/>
        <source>Please answer these questions. A yes does not mean something is wrong, but it tells you when to get help and how soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::RegionListModel</name>
    <message>
        <location filename="../src/gui/region_list_model.cpp" line="80"/>
        <source>%1 (linked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::RegionPanel</name>
    <message>
        <location filename="../src/gui/region_panel.cpp" line="21"/>
        <source>Areas of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/region_panel.cpp" line="23"/>
        <source>Tick every area that hurts, on the body or here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::gui::SummaryPrinter</name>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="55"/>
        <source>Self-care summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="68"/>
        <source>Print Preview: Self-care summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="80"/>
        <source>Print the self-care summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="86"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="87"/>
        <source>The summary could not be printed. Check that the printer is switched on and ready, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="102"/>
        <location filename="../src/gui/print_actions.cpp" line="126"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="102"/>
        <source>The summary could not be saved as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="123"/>
        <source>self-care-summary-%1</source>
        <comment>file name; %1 is the date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/print_actions.cpp" line="125"/>
        <source>PDF documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinetic::report::SummaryWords</name>
    <message>
        <location filename="../src/report/html_text.cpp" line="56"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="33"/>
        <source>How much:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="38"/>
        <source>Dosage set for you: it differs from the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="41"/>
        <source>When to progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="59"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="62"/>
        <source>Pain above the pain rule, or pain that is worse the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="63"/>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="64"/>
        <source>Stop or make it easier if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="68"/>
        <source>Easier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="72"/>
        <source>Harder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="78"/>
        <location filename="../src/report/summary_care_sections.cpp" line="189"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="89"/>
        <source>Start and end position of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="90"/>
        <source>(No illustration.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="105"/>
        <source>The pain rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="108"/>
        <source>Stop exercising and get advice if you notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="157"/>
        <source>Your self-care plan: after you have been checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="158"/>
        <source>Your self-care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="161"/>
        <source>Start these exercises only after a clinician has checked the warning signs above and agrees that self-care is right for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="163"/>
        <source>Do each exercise as described. Move on when it feels easy; go back a step when it hurts more than the pain rule allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="169"/>
        <source>No exercises have been added to the plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="181"/>
        <source>General advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="197"/>
        <source>If it does not get better:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="207"/>
        <source>Warning signs to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="210"/>
        <source>These questions apply to the areas you marked but were not answered. If the answer to any of them is yes, now or later, do what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="235"/>
        <source>You answered no to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_care_sections.cpp" line="246"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="71"/>
        <source>less certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="90"/>
        <source>needs a clinician, not self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="94"/>
        <source>Why it fits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="105"/>
        <source>needs a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="111"/>
        <source>More causes that fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="121"/>
        <source>Linked areas and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="123"/>
        <source>No linked areas are known for the areas you marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="124"/>
        <source>The strongest links first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/report/summary_chain_sections.cpp" line="135"/>
        <source>Weaker links left out of this list: %n. The diagram shows every link, and the app lists them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="147"/>
        <source>Likely causes and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="148"/>
        <source>How well each fits what you marked, best first. This is not a diagnosis or a probability: only a clinician who examines you can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_chain_sections.cpp" line="162"/>
        <source>No likely cause stands out for what you marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_document.cpp" line="188"/>
        <source>Kinetic Chain Explorer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_document.cpp" line="197"/>
        <source>Education, not a diagnosis. Content %1, reviewed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_document.cpp" line="200"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="17"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="20"/>
        <source>Age: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="23"/>
        <source>After a recent injury, fall or twist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="35"/>
        <source>You answered yes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="35"/>
        <source>Counted as yes until answered no:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="38"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="40"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="42"/>
        <source>Why this is more urgent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="51"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="51"/>
        <source>Pain (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="51"/>
        <source>How it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="59"/>
        <source>%1 / 10</source>
        <comment>pain out of 10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="82"/>
        <source>Content version %1, last reviewed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="86"/>
        <source>Please read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="99"/>
        <source>You answered yes to warning signs. Act on the advice in the boxes below first: the self-care plan is for after you have been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="101"/>
        <source>You answered yes to a warning sign. Act on the advice in the box below first: the self-care plan is for after you have been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="104"/>
        <source>You answered yes to questions a clinician should know about. Act on the advice in the boxes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="107"/>
        <source>You answered yes to a question a clinician should know about. Act on the advice in the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="111"/>
        <source>Warning signs: see a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="118"/>
        <source>Where it hurts and what is linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="122"/>
        <source>Body diagram with the painful and linked areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="124"/>
        <source>Front and back views. The areas you marked, the areas linked to them and the links between them are marked as the key shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="128"/>
        <source>The body diagram could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="131"/>
        <source>No painful areas were marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="138"/>
        <source>The areas you marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/summary_sections.cpp" line="149"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="61"/>
        <source>See how back, hip and knee pain can be linked, which causes often fit, and what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="65"/>
        <source>Read the content from DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="69"/>
        <source>Exit once the window and its body diagram have been drawn (for timing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>How much to log: trace, debug, info, warn, error, critical or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="76"/>
        <source>An assessment (*.kinetic.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="143"/>
        <source>Kinetic Chain Explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
