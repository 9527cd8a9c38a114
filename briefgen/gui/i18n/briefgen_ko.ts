<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../batch_dialog.py" />
            <source>(no profile)</source>
            <translation>(프로필 없음)</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" />
            <source>Each country&apos;s own</source>
            <translation>국가별 기본 언어</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" />
            <source>Every language</source>
            <translation>모든 언어</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="182" />
            <source>Batch: many packs at once</source>
            <translation>일괄 작업: 여러 자료집 한꺼번에</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="198" />
            <location filename="../batch_dialog.py" line="301" />
            <source>Audiences</source>
            <translation>대상</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="200" />
            <location filename="../batch_dialog.py" line="305" />
            <source>Countries</source>
            <translation>국가</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="202" />
            <location filename="../batch_dialog.py" line="312" />
            <source>Organisations</source>
            <translation>단체</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="204" />
            <location filename="../batch_dialog.py" line="313" />
            <location filename="../batch_dialog.py" line="387" />
            <source>Output folder</source>
            <translation>출력 폴더</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="205" />
            <source>Folder for the packs and the manifest</source>
            <translation>자료집과 목록 파일을 저장할 폴더</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="209" />
            <location filename="../batch_dialog.py" line="318" />
            <source>Worker processes</source>
            <translation>작업 프로세스</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="217" />
            <source>Sections to leave out</source>
            <translation>제외할 섹션</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="219" />
            <source>Also one combined PDF per organisation and audience</source>
            <translation>단체·대상별 통합 PDF도 만들기</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="220" />
            <source>Also one zip of the output folder</source>
            <translation>출력 폴더 zip 파일도 만들기</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="225" />
            <source>Choose what to make, then Start.</source>
            <translation>만들 항목을 고른 뒤 시작을 누르세요.</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="229" />
            <source>Batch report</source>
            <translation>일괄 작업 보고서</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="235" />
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="238" />
            <location filename="../batch_dialog.py" line="521" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="240" />
            <source>Open output folder</source>
            <translation>출력 폴더 열기</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="281" />
            <source>All</source>
            <translation>모두</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="282" />
            <source>With a profile</source>
            <translation>프로필 있는 국가</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="283" />
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="289" />
            <source>Add profile file…</source>
            <translation>프로필 파일 추가…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="290" />
            <source>Add folder of member profiles…</source>
            <translation>회원 프로필 폴더 추가…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="295" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="314" />
            <source>Paper</source>
            <translation>용지</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="315" />
            <source>Safety mode</source>
            <translation>안전 모드</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="316" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="317" />
            <source>Leave out</source>
            <translation>제외</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="361" />
            <source>Organisation profile</source>
            <translation>단체 프로필</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="370" />
            <source>Folder of member profiles</source>
            <translation>회원 프로필 폴더</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="431" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="433" />
            <location filename="../batch_dialog.py" line="487" />
            <source>Planning…</source>
            <translation>계획하는 중…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="459" />
            <source>Stopping after the packs in progress…</source>
            <translation>진행 중인 자료집을 마친 뒤 멈추는 중…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="488" />
            <source>Merging…</source>
            <translation>병합 중…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="489" />
            <source>Writing the manifest…</source>
            <translation>목록 파일 쓰는 중…</translation>
        </message>
    </context>
    <context>
        <name>ChoicesPanel</name>
        <message>
            <location filename="../side_panel.py" />
            <source>Country&apos;s language (%1)</source>
            <translation>국가 언어 (%1)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" />
            <source>Country&apos;s language</source>
            <translation>국가 언어</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="46" />
            <source>Audience</source>
            <translation>대상</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="56" />
            <source>Organisation profile</source>
            <translation>단체 프로필</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="57" />
            <source>Whose name, logo and contacts the pack carries</source>
            <translation>자료집에 실을 이름·로고·연락처의 주인</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="67" />
            <source>Paper</source>
            <translation>용지</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="70" />
            <source>Safety mode</source>
            <translation>안전 모드</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="77" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="85" />
            <source>&amp;Paper</source>
            <translation>용지(&amp;P)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="86" />
            <source>Sa&amp;fety</source>
            <translation>안전(&amp;F)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="87" />
            <source>La&amp;nguage</source>
            <translation>언어(&amp;N)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="93" />
            <source>&amp;Audience</source>
            <translation>대상(&amp;A)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="97" />
            <source>&amp;Country</source>
            <translation>국가(&amp;C)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="100" />
            <source>Or&amp;ganisation</source>
            <translation>단체(&amp;G)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="103" />
            <source>Optional sections</source>
            <translation>선택 섹션</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="125" />
            <source>No organisation</source>
            <translation>단체 없음</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="129" />
            <source>Open profile file…</source>
            <translation>프로필 파일 열기…</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="164" />
            <source>This audience's pack has no optional sections.</source>
            <translation>이 대상의 자료집에는 선택 섹션이 없습니다.</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="181" />
            <location filename="../side_panel.py" line="191" />
            <source>Letter</source>
            <translation>레터</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="185" />
            <source>Country default (%1)</source>
            <translation>국가 기본값 (%1)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="187" />
            <source>Country default</source>
            <translation>국가 기본값</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="196" />
            <source>Automatic (on: high-risk country)</source>
            <translation>자동 (켜짐: 고위험 국가)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="198" />
            <source>Automatic (off)</source>
            <translation>자동 (꺼짐)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="201" />
            <source>On</source>
            <translation>켜기</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="202" />
            <source>Off</source>
            <translation>끄기</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../country_picker.py" line="144" />
            <source>Search by name or code</source>
            <translation>이름이나 코드로 검색</translation>
        </message>
        <message>
            <location filename="../country_picker.py" line="146" />
            <source>Search countries</source>
            <translation>국가 검색</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../main_window.py" line="57" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n쪽</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="59" />
            <source>safety mode</source>
            <translation>안전 모드</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="61" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>경고 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="63" />
            <source>no warnings</source>
            <translation>경고 없음</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="144" />
            <source>&amp;Open content…</source>
            <translation>콘텐츠 열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="147" />
            <source>Choose another campaign folder</source>
            <translation>다른 캠페인 폴더 선택</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="150" />
            <source>Use a &amp;templates folder…</source>
            <translation>템플릿 폴더 사용(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="153" />
            <source>Override the shipped templates file by file, as --templates DIR does</source>
            <translation>--templates DIR처럼 기본 템플릿을 파일별로 바꾸기</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="156" />
            <source>Use the shipped templates</source>
            <translation>기본 제공 템플릿 사용</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="159" />
            <source>Open the &amp;shipped campaign</source>
            <translation>기본 제공 캠페인 열기(&amp;S)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="163" />
            <source>Show content &amp;folder</source>
            <translation>콘텐츠 폴더 보기(&amp;F)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="165" />
            <source>Open the content folder in the file manager</source>
            <translation>파일 관리자에서 콘텐츠 폴더 열기</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="168" />
            <source>&amp;Reload content</source>
            <translation>콘텐츠 다시 읽기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="168" />
            <source>Read the content folder again</source>
            <translation>콘텐츠 폴더를 다시 읽기</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="171" />
            <source>&amp;Save as PDF…</source>
            <translation>PDF로 저장(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>Save the pack shown as a PDF file</source>
            <translation>표시된 자료집을 PDF 파일로 저장</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>&amp;Print…</source>
            <translation>인쇄(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>Print the pack shown</source>
            <translation>표시된 자료집 인쇄</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="180" />
            <source>&amp;Batch…</source>
            <translation>일괄 작업(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="180" />
            <source>Make many packs at once</source>
            <translation>여러 자료집을 한꺼번에 만들기</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="182" />
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>Zoom &amp;in</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="188" />
            <source>Zoom &amp;out</source>
            <translation>축소(&amp;O)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>Fit &amp;width</source>
            <translation>너비 맞춤(&amp;W)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="194" />
            <source>Fit &amp;page</source>
            <translation>쪽 맞춤(&amp;P)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="196" />
            <source>&amp;About briefgen</source>
            <translation>briefgen 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="204" />
            <source>Save PDF…</source>
            <translation>PDF 저장…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="205" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="244" />
            <source>Problems</source>
            <translation>문제</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="262" />
            <source>Pack information</source>
            <translation>자료집 정보</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="283" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="285" />
            <source>Open &amp;recent</source>
            <translation>최근 항목 열기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="297" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="299" />
            <source>&amp;Problems</source>
            <translation>문제(&amp;P)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="306" />
            <source>&amp;Settings</source>
            <translation>설정(&amp;S)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="307" />
            <source>&amp;Editor for problems…</source>
            <translation>문제 편집기(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="309" />
            <source>&amp;Interface language…</source>
            <translation>인터페이스 언어(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="311" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="381" />
            <source>No recent folders</source>
            <translation>최근 폴더 없음</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="487" />
            <source>Problems — %1</source>
            <translation>문제 — %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="503" />
            <source>Finishing the preview first…</source>
            <translation>먼저 미리 보기를 마무리하는 중…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="539" />
            <source>Could not save the pack</source>
            <translation>자료집을 저장하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="573" />
            <source>Sending the pack to the printer…</source>
            <translation>자료집을 프린터로 보내는 중…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="573" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="575" />
            <source>Printing</source>
            <translation>인쇄</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="600" />
            <source>Sent %n page(s) to %1</source>
            <translation>
                <numerusform>%n쪽을 %1(으)로 보냈습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="605" />
            <source>Could not print the pack</source>
            <translation>자료집을 인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="609" />
            <source>Printing cancelled.</source>
            <translation>인쇄를 취소했습니다.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="639" />
            <source>Batch is not available in this build.</source>
            <translation>이 빌드에서는 일괄 작업을 사용할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="673" />
            <source>This profile cannot be used</source>
            <translation>이 프로필은 사용할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="702" />
            <source>Editor for problems</source>
            <translation>문제 편집기</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="714" />
            <source>System</source>
            <translation>시스템</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="719" />
            <source>Interface language</source>
            <translation>인터페이스 언어</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="720" />
            <source>Language of the menus and buttons (the pack's language is chosen apart):</source>
            <translation>메뉴와 버튼의 언어 (자료집 언어는 따로 고릅니다):</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="728" />
            <source>The interface language applies when briefgen starts again.</source>
            <translation>인터페이스 언어는 briefgen을 다시 시작하면 적용됩니다.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="502" />
            <source>an undated source</source>
            <translation>날짜 없는 출처</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="506" />
            <source>Re-check before you use this pack: the evidence for its status under %1 is more than %n day(s) old today.</source>
            <translation>
                <numerusform>이 자료를 쓰기 전에 다시 확인하세요. %1에 대한 지위의 근거가 오늘 기준으로 %n일이 넘었습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../preview.py" line="49" />
            <source>Preview of the pack</source>
            <translation>자료집 미리 보기</translation>
        </message>
        <message>
            <location filename="../preview.py" line="92" />
            <source>Choose an audience and a country: the pack appears here.</source>
            <translation>대상과 국가를 고르면 자료집이 여기에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../preview.py" line="123" />
            <source>Previous page (Page Up)</source>
            <translation>이전 쪽 (Page Up)</translation>
        </message>
        <message>
            <location filename="../preview.py" line="130" />
            <source>Next page (Page Down)</source>
            <translation>다음 쪽 (Page Down)</translation>
        </message>
        <message>
            <location filename="../preview.py" line="136" />
            <source>Page</source>
            <translation>쪽</translation>
        </message>
        <message>
            <location filename="../preview.py" line="140" />
            <location filename="../preview.py" line="192" />
            <source>of %1</source>
            <translation>/ %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="50" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>오류 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="53" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>경고 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="54" />
            <source>no problems</source>
            <translation>문제 없음</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="66" />
            <source>Content problems</source>
            <translation>콘텐츠 문제</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>Severity</source>
            <translation>심각도</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>Message</source>
            <translation>메시지</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="73" />
            <source>Double-click or press Enter to open the file</source>
            <translation>두 번 클릭하거나 Enter를 눌러 파일 열기</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="98" />
            <source>error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="99" />
            <source>warning</source>
            <translation>경고</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../printing.py" line="184" />
            <source>Print pack</source>
            <translation>자료집 인쇄</translation>
        </message>
    </context>
    <context>
        <name>sections</name>
        <message>
            <location filename="../../content/sections.py" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Key facts</source>
            <translation>핵심 사실</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Timeline</source>
            <translation>주요 경과</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Treaty status</source>
            <translation>조약 현황</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Concerns</source>
            <translation>우려 사항</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Examples</source>
            <translation>사례</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Asks</source>
            <translation>요청 사항</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Country profile</source>
            <translation>국가 현황</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Contact</source>
            <translation>연락처</translation>
        </message>
    </context>
</TS>
