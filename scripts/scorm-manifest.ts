/**
 * The SCORM 1.2 package's `imsmanifest.xml` (IMS Content Packaging 1.1.2 with ADL's SCORM 1.2
 * extensions): one organisation with one item, launching one SCO — the course's index.html —
 * whose resource lists every file of the package, as an LMS that checks a package expects. Pure.
 */
const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The course's name in its three languages, as the LMS shows it before the course opens. */
export const SCORM_TITLE = 'Qorgau · Қорғау · Коргау';

export function scormManifest(options: {
  files: string[];
  version: string;
  /** The assessment's pass mark as a percentage: the LMS may judge the reported score by it. */
  masteryScore: number;
}): string {
  const title = xml(SCORM_TITLE);
  const fileList = options.files.map((f) => `        <file href="${xml(f)}" />`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="qorgau" version="${xml(options.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="qorgau-organisation">
    <organization identifier="qorgau-organisation">
      <title>${title}</title>
      <item identifier="qorgau-course" identifierref="qorgau-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${options.masteryScore}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="qorgau-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
