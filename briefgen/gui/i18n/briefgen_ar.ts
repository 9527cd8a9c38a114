<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../batch_dialog.py" />
            <source>(no profile)</source>
            <translation>(دون ملف)</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" />
            <source>Each country&apos;s own</source>
            <translation>لغة كل بلد</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" />
            <source>Every language</source>
            <translation>كل اللغات</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="182" />
            <source>Batch: many packs at once</source>
            <translation>دفعة: حزم كثيرة في آن واحد</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="198" />
            <location filename="../batch_dialog.py" line="301" />
            <source>Audiences</source>
            <translation>الجماهير</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="200" />
            <location filename="../batch_dialog.py" line="305" />
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="202" />
            <location filename="../batch_dialog.py" line="312" />
            <source>Organisations</source>
            <translation>المنظمات</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="204" />
            <location filename="../batch_dialog.py" line="313" />
            <location filename="../batch_dialog.py" line="387" />
            <source>Output folder</source>
            <translation>مجلد الإخراج</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="205" />
            <source>Folder for the packs and the manifest</source>
            <translation>مجلد الحزم والبيان</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="209" />
            <location filename="../batch_dialog.py" line="318" />
            <source>Worker processes</source>
            <translation>عمليات المعالجة</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="217" />
            <source>Sections to leave out</source>
            <translation>الأقسام المستبعدة</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="219" />
            <source>Also one combined PDF per organisation and audience</source>
            <translation>وأيضًا ملف PDF مدمج لكل منظمة وجمهور</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="220" />
            <source>Also one zip of the output folder</source>
            <translation>وأيضًا ملف zip لمجلد الإخراج</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="225" />
            <source>Choose what to make, then Start.</source>
            <translation>اختر ما تريد إنشاءه، ثم ابدأ.</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="229" />
            <source>Batch report</source>
            <translation>تقرير الدفعة</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="235" />
            <source>Start</source>
            <translation>ابدأ</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="238" />
            <location filename="../batch_dialog.py" line="521" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="240" />
            <source>Open output folder</source>
            <translation>فتح مجلد الإخراج</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="281" />
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="282" />
            <source>With a profile</source>
            <translation>ذات ملف تعريف</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="283" />
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="289" />
            <source>Add profile file…</source>
            <translation>إضافة ملف تعريف…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="290" />
            <source>Add folder of member profiles…</source>
            <translation>إضافة مجلد ملفات تعريف الأعضاء…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="295" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="314" />
            <source>Paper</source>
            <translation>الورق</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="315" />
            <source>Safety mode</source>
            <translation>وضع الأمان</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="316" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="317" />
            <source>Leave out</source>
            <translation>استبعاد</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="361" />
            <source>Organisation profile</source>
            <translation>ملف تعريف المنظمة</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="370" />
            <source>Folder of member profiles</source>
            <translation>مجلد ملفات تعريف الأعضاء</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="431" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="433" />
            <location filename="../batch_dialog.py" line="487" />
            <source>Planning…</source>
            <translation>جارٍ التخطيط…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="459" />
            <source>Stopping after the packs in progress…</source>
            <translation>جارٍ الإيقاف بعد الحزم الجارية…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="488" />
            <source>Merging…</source>
            <translation>جارٍ الدمج…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="489" />
            <source>Writing the manifest…</source>
            <translation>جارٍ كتابة البيان…</translation>
        </message>
    </context>
    <context>
        <name>ChoicesPanel</name>
        <message>
            <location filename="../side_panel.py" />
            <source>Country&apos;s language (%1)</source>
            <translation>لغة البلد (%1)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" />
            <source>Country&apos;s language</source>
            <translation>لغة البلد</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="46" />
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="56" />
            <source>Organisation profile</source>
            <translation>ملف تعريف المنظمة</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="57" />
            <source>Whose name, logo and contacts the pack carries</source>
            <translation>صاحب الاسم والشعار وبيانات الاتصال في الحزمة</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="67" />
            <source>Paper</source>
            <translation>الورق</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="70" />
            <source>Safety mode</source>
            <translation>وضع الأمان</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="77" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="85" />
            <source>&amp;Paper</source>
            <translation>ال&amp;ورق</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="86" />
            <source>Sa&amp;fety</source>
            <translation>الأ&amp;مان</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="87" />
            <source>La&amp;nguage</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="93" />
            <source>&amp;Audience</source>
            <translation>&amp;الجمهور</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="97" />
            <source>&amp;Country</source>
            <translation>ال&amp;بلد</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="100" />
            <source>Or&amp;ganisation</source>
            <translation>ال&amp;منظمة</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="103" />
            <source>Optional sections</source>
            <translation>أقسام اختيارية</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="125" />
            <source>No organisation</source>
            <translation>بلا منظمة</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="129" />
            <source>Open profile file…</source>
            <translation>فتح ملف تعريف…</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="164" />
            <source>This audience's pack has no optional sections.</source>
            <translation>لا أقسام اختيارية في حزمة هذا الجمهور.</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="181" />
            <location filename="../side_panel.py" line="191" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="185" />
            <source>Country default (%1)</source>
            <translation>افتراضي البلد (%1)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="187" />
            <source>Country default</source>
            <translation>افتراضي البلد</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="196" />
            <source>Automatic (on: high-risk country)</source>
            <translation>تلقائي (مفعّل: بلد عالي الخطورة)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="198" />
            <source>Automatic (off)</source>
            <translation>تلقائي (معطّل)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="201" />
            <source>On</source>
            <translation>مفعّل</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="202" />
            <source>Off</source>
            <translation>معطّل</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../country_picker.py" line="144" />
            <source>Search by name or code</source>
            <translation>ابحث بالاسم أو الرمز</translation>
        </message>
        <message>
            <location filename="../country_picker.py" line="146" />
            <source>Search countries</source>
            <translation>البحث في البلدان</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../main_window.py" line="57" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n صفحة</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="59" />
            <source>safety mode</source>
            <translation>وضع الأمان</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="61" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n تحذير</numerusform>
                <numerusform>تحذير واحد</numerusform>
                <numerusform>تحذيران</numerusform>
                <numerusform>%n تحذيرات</numerusform>
                <numerusform>%n تحذيرًا</numerusform>
                <numerusform>%n تحذير</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="63" />
            <source>no warnings</source>
            <translation>لا تحذيرات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="144" />
            <source>&amp;Open content…</source>
            <translation>&amp;فتح المحتوى…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="147" />
            <source>Choose another campaign folder</source>
            <translation>اختيار مجلد حملة آخر</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="150" />
            <source>Use a &amp;templates folder…</source>
            <translation>استخدام مجلد &amp;قوالب…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="153" />
            <source>Override the shipped templates file by file, as --templates DIR does</source>
            <translation>استبدال القوالب المرفقة ملفًا ملفًا، كما يفعل ‎--templates DIR</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="156" />
            <source>Use the shipped templates</source>
            <translation>استخدام القوالب المرفقة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="159" />
            <source>Open the &amp;shipped campaign</source>
            <translation>فتح الحملة ال&amp;مرفقة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="163" />
            <source>Show content &amp;folder</source>
            <translation>إظهار مجلد ال&amp;محتوى</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="165" />
            <source>Open the content folder in the file manager</source>
            <translation>فتح مجلد المحتوى في مدير الملفات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="168" />
            <source>&amp;Reload content</source>
            <translation>إعادة &amp;تحميل المحتوى</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="168" />
            <source>Read the content folder again</source>
            <translation>قراءة مجلد المحتوى مجددًا</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="171" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>Save the pack shown as a PDF file</source>
            <translation>حفظ الحزمة المعروضة ملفَّ PDF</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>Print the pack shown</source>
            <translation>طباعة الحزمة المعروضة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="180" />
            <source>&amp;Batch…</source>
            <translation>&amp;دفعة…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="180" />
            <source>Make many packs at once</source>
            <translation>إنشاء حزم كثيرة في آن واحد</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="182" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>Zoom &amp;in</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="188" />
            <source>Zoom &amp;out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>Fit &amp;width</source>
            <translation>ملاءمة ال&amp;عرض</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="194" />
            <source>Fit &amp;page</source>
            <translation>ملاءمة ال&amp;صفحة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="196" />
            <source>&amp;About briefgen</source>
            <translation>&amp;حول briefgen</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="204" />
            <source>Save PDF…</source>
            <translation>حفظ PDF…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="205" />
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="244" />
            <source>Problems</source>
            <translation>المشكلات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="262" />
            <source>Pack information</source>
            <translation>معلومات الحزمة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="283" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="285" />
            <source>Open &amp;recent</source>
            <translation>فتح ال&amp;حديث</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="297" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="299" />
            <source>&amp;Problems</source>
            <translation>ال&amp;مشكلات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="306" />
            <source>&amp;Settings</source>
            <translation>الإ&amp;عدادات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="307" />
            <source>&amp;Editor for problems…</source>
            <translation>م&amp;حرر المشكلات…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="309" />
            <source>&amp;Interface language…</source>
            <translation>&amp;لغة الواجهة…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="311" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="381" />
            <source>No recent folders</source>
            <translation>لا مجلدات حديثة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="487" />
            <source>Problems — %1</source>
            <translation>المشكلات — %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="503" />
            <source>Finishing the preview first…</source>
            <translation>جارٍ إكمال المعاينة أولًا…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="539" />
            <source>Could not save the pack</source>
            <translation>تعذّر حفظ الحزمة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="573" />
            <source>Sending the pack to the printer…</source>
            <translation>جارٍ إرسال الحزمة إلى الطابعة…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="573" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="575" />
            <source>Printing</source>
            <translation>الطباعة</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="600" />
            <source>Sent %n page(s) to %1</source>
            <translation>
                <numerusform>لم تُرسل أي صفحة إلى %1</numerusform>
                <numerusform>أُرسلت صفحة واحدة إلى %1</numerusform>
                <numerusform>أُرسلت صفحتان إلى %1</numerusform>
                <numerusform>أُرسلت %n صفحات إلى %1</numerusform>
                <numerusform>أُرسلت %n صفحة إلى %1</numerusform>
                <numerusform>أُرسلت %n صفحة إلى %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="605" />
            <source>Could not print the pack</source>
            <translation>تعذّرت طباعة الحزمة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="609" />
            <source>Printing cancelled.</source>
            <translation>أُلغيت الطباعة.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="639" />
            <source>Batch is not available in this build.</source>
            <translation>الدفعات غير متاحة في هذا الإصدار.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="673" />
            <source>This profile cannot be used</source>
            <translation>لا يمكن استخدام ملف التعريف هذا</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="702" />
            <source>Editor for problems</source>
            <translation>محرر المشكلات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="714" />
            <source>System</source>
            <translation>النظام</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="719" />
            <source>Interface language</source>
            <translation>لغة الواجهة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="720" />
            <source>Language of the menus and buttons (the pack's language is chosen apart):</source>
            <translation>لغة القوائم والأزرار (تُختار لغة الحزمة على حدة):</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="728" />
            <source>The interface language applies when briefgen starts again.</source>
            <translation>تُطبَّق لغة الواجهة عند إعادة تشغيل briefgen.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="502" />
            <source>an undated source</source>
            <translation>مصدر غير مؤرَّخ</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="506" />
            <source>Re-check before you use this pack: the evidence for its status under %1 is more than %n day(s) old today.</source>
            <translation>
                <numerusform>أعِد التحقق قبل استخدام هذه الحزمة: مضى على أدلة وضعها بموجب %1 أكثر من %n يوم.</numerusform>
                <numerusform>أعِد التحقق قبل استخدام هذه الحزمة: مضى على أدلة وضعها بموجب %1 أكثر من يوم واحد.</numerusform>
                <numerusform>أعِد التحقق قبل استخدام هذه الحزمة: مضى على أدلة وضعها بموجب %1 أكثر من يومين.</numerusform>
                <numerusform>أعِد التحقق قبل استخدام هذه الحزمة: مضى على أدلة وضعها بموجب %1 أكثر من %n أيام.</numerusform>
                <numerusform>أعِد التحقق قبل استخدام هذه الحزمة: مضى على أدلة وضعها بموجب %1 أكثر من %n يومًا.</numerusform>
                <numerusform>أعِد التحقق قبل استخدام هذه الحزمة: مضى على أدلة وضعها بموجب %1 أكثر من %n يوم.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../preview.py" line="49" />
            <source>Preview of the pack</source>
            <translation>معاينة الحزمة</translation>
        </message>
        <message>
            <location filename="../preview.py" line="92" />
            <source>Choose an audience and a country: the pack appears here.</source>
            <translation>اختر جمهورًا وبلدًا لتظهر الحزمة هنا.</translation>
        </message>
        <message>
            <location filename="../preview.py" line="123" />
            <source>Previous page (Page Up)</source>
            <translation>الصفحة السابقة (Page Up)</translation>
        </message>
        <message>
            <location filename="../preview.py" line="130" />
            <source>Next page (Page Down)</source>
            <translation>الصفحة التالية (Page Down)</translation>
        </message>
        <message>
            <location filename="../preview.py" line="136" />
            <source>Page</source>
            <translation>الصفحة</translation>
        </message>
        <message>
            <location filename="../preview.py" line="140" />
            <location filename="../preview.py" line="192" />
            <source>of %1</source>
            <translation>من %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="50" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n خطأ</numerusform>
                <numerusform>خطأ واحد</numerusform>
                <numerusform>خطآن</numerusform>
                <numerusform>%n أخطاء</numerusform>
                <numerusform>%n خطأً</numerusform>
                <numerusform>%n خطأ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="53" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n تحذير</numerusform>
                <numerusform>تحذير واحد</numerusform>
                <numerusform>تحذيران</numerusform>
                <numerusform>%n تحذيرات</numerusform>
                <numerusform>%n تحذيرًا</numerusform>
                <numerusform>%n تحذير</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="54" />
            <source>no problems</source>
            <translation>لا مشكلات</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="66" />
            <source>Content problems</source>
            <translation>مشكلات المحتوى</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="73" />
            <source>Double-click or press Enter to open the file</source>
            <translation>انقر مرتين أو اضغط Enter لفتح الملف</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="98" />
            <source>error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="99" />
            <source>warning</source>
            <translation>تحذير</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../printing.py" line="184" />
            <source>Print pack</source>
            <translation>طباعة الحزمة</translation>
        </message>
    </context>
    <context>
        <name>sections</name>
        <message>
            <location filename="../../content/sections.py" />
            <source>Summary</source>
            <translation>ملخص</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Key facts</source>
            <translation>حقائق أساسية</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Timeline</source>
            <translation>التسلسل الزمني</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Treaty status</source>
            <translation>وضع المعاهدات</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Concerns</source>
            <translation>المخاوف</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Examples</source>
            <translation>أمثلة</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Asks</source>
            <translation>المطالب</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Country profile</source>
            <translation>ملف البلد</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Contact</source>
            <translation>للتواصل</translation>
        </message>
    </context>
</TS>
