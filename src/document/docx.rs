//! A [`Document`] as a Word file (.docx), the form a gemeente edits the report in.
//!
//! Why one long file: it is one renderer of one format, written by hand in the order the
//! WordprocessingML schema demands (document, styles, settings, numbering, core properties),
//! and a reader checks that order best when every part is on one page.
//!
//! Headings use Word's built-in style ids (`Title`, `Heading1`..`Heading3`, `Quote`), so the
//! navigation pane, the table of contents and a restyle in Word work as on any Word document.
//! A quote is a `Quote` paragraph per paragraph of its text, with its attribution under it in
//! a style of its own; tables are Word tables with a shaded header row that repeats on every
//! page, rows that never split over two pages, and columns at least as wide as the longest
//! word in them (see [`kolombreedtes`]); the footer holds the document's footer text and
//! "pagina X van Y" as fields; the stamp ("CONCEPT") is the page header. Headings are kept
//! with what follows them. The settings ask Word to update the fields on opening, so the
//! contents get their page numbers; the language is Dutch (nl-NL), the document properties
//! carry the title and the author (the facilitator, or "VNG Visieleertraject").
//!
//! A figure is an SVG, which Word shows only from Office 2016 on and only with a PNG beside
//! it; visieleer draws no PNG (that takes a rasteriser and fonts), so a figure that carries
//! its data as a table ([`Blok::Figuur`]'s `tabel`) becomes that table in Word, and
//! otherwise its caption.
//!
//! The WordprocessingML is written here, element by element in the order the schema
//! (ECMA-376, transitional) prescribes, and streamed into the zip as it is written. A crate
//! was used before (docx-rs), but it wrote elements out of schema order (261 errors from an
//! OOXML validator: `w:rPr` before `w:pStyle`, `w:footerReference` after `w:cols`, ...) and
//! built the whole document as a tree of structs first, which cost a 100 000-quote report
//! more than the rest of the command together. `tests/word_schema.rs` validates the output
//! with an independent validator.
//!
//! The bytes depend only on the document and the given date: the zip entries carry a fixed
//! timestamp, and the creation date is the one given.

use std::io::{Cursor, Write};

use anyhow::{Result, anyhow};
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use super::{Blok, Document, Inline, Pagina, Regel, bronregel};
use crate::document::ontsnappen::markdown::alineas;
use crate::model::datum::Datum;
use crate::model::teken::zichtbaar;

/// A4 in twentieths of a point.
const A4_KORT: u32 = 11906;
const A4_LANG: u32 = 16838;
/// The margin on every side: 18 mm, as the HTML prints.
const MARGE: u32 = 1020;
/// The author in the document properties when the traject names no facilitator.
const AUTEUR: &str = "VNG Visieleertraject";

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The document as the bytes of a .docx file; `aangemaakt` is its creation date.
pub fn render(doc: &Document, aangemaakt: Datum) -> Result<Vec<u8>> {
    schrijf(doc, aangemaakt).map_err(|f| anyhow!("Het Word-bestand kon niet worden gemaakt ({f})."))
}

fn schrijf(doc: &Document, aangemaakt: Datum) -> zip::result::ZipResult<Vec<u8>> {
    let delen = Delen::van(doc);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let deel = |zip: &mut ZipWriter<_>, naam: &str, inhoud: &str| {
        zip.start_file(naam, opties())?;
        zip.write_all(inhoud.as_bytes())
            .map_err(zip::result::ZipError::Io)
    };
    deel(&mut zip, "[Content_Types].xml", &delen.inhoudstypen())?;
    deel(&mut zip, "_rels/.rels", PAKKET_RELATIES)?;
    deel(&mut zip, "docProps/core.xml", &kenmerken(doc, aangemaakt))?;
    deel(&mut zip, "docProps/app.xml", TOEPASSING)?;
    deel(&mut zip, "word/_rels/document.xml.rels", &delen.relaties())?;
    deel(&mut zip, "word/styles.xml", &stijlen())?;
    deel(&mut zip, "word/settings.xml", INSTELLINGEN)?;
    deel(&mut zip, "word/fontTable.xml", LETTERTYPEN)?;
    deel(&mut zip, "word/theme/theme1.xml", THEMA)?;
    if let Some(s) = &doc.stempel {
        let kop = kop_met_stempel(s);
        deel(&mut zip, "word/header1.xml", &kop)?;
        if delen.eerste_pagina {
            deel(&mut zip, "word/header2.xml", &kop)?;
        }
    }
    deel(&mut zip, "word/footer1.xml", &voet(doc))?;
    if delen.eerste_pagina {
        deel(
            &mut zip,
            "word/footer2.xml",
            &format!(
                r#"{XML_KOP}<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>"#
            ),
        )?;
    }
    zip.start_file("word/document.xml", opties())?;
    let mut uit = Xml::nieuw(&mut zip);
    lichaam(doc, &delen, &mut uit);
    uit.klaar()?;
    Ok(zip.finish()?.into_inner())
}

/// Every part is deflated, with the zip's fixed earliest timestamp: the same document gives
/// the same bytes. Level 3 of 9: the document part of a report of 100 000 quotes is tens of
/// megabytes of repetitive XML, which level 3 packs nearly as small as the default 6 in half
/// the time.
fn opties() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(3))
        .last_modified_time(zip::DateTime::default())
}

const XML_KOP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

/// Which optional parts the package holds: the stamp's page header, and a cover page with its
/// own (empty) footer.
struct Delen {
    stempel: bool,
    eerste_pagina: bool,
}

impl Delen {
    fn van(doc: &Document) -> Delen {
        Delen {
            stempel: doc.stempel.is_some(),
            eerste_pagina: doc.omslag.is_some(),
        }
    }

    fn inhoudstypen(&self) -> String {
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
        let mut s = format!(
            r#"{XML_KOP}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/><Override PartName="/word/settings.xml" ContentType="{wml}.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="{wml}.fontTable+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/>"#
        );
        if self.eerste_pagina {
            s += &format!(
                r#"<Override PartName="/word/footer2.xml" ContentType="{wml}.footer+xml"/>"#
            );
        }
        if self.stempel {
            s += &format!(
                r#"<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>"#
            );
            if self.eerste_pagina {
                s += &format!(
                    r#"<Override PartName="/word/header2.xml" ContentType="{wml}.header+xml"/>"#
                );
            }
        }
        s + r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#
    }

    fn relaties(&self) -> String {
        let soort = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        let mut s = format!(
            r#"{XML_KOP}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStijlen" Type="{soort}/styles" Target="styles.xml"/><Relationship Id="rIdInstellingen" Type="{soort}/settings" Target="settings.xml"/><Relationship Id="rIdLettertypen" Type="{soort}/fontTable" Target="fontTable.xml"/><Relationship Id="rIdThema" Type="{soort}/theme" Target="theme/theme1.xml"/><Relationship Id="rIdVoet" Type="{soort}/footer" Target="footer1.xml"/>"#
        );
        if self.eerste_pagina {
            s += &format!(
                r#"<Relationship Id="rIdVoetEerste" Type="{soort}/footer" Target="footer2.xml"/>"#
            );
        }
        if self.stempel {
            s += &format!(
                r#"<Relationship Id="rIdKop" Type="{soort}/header" Target="header1.xml"/>"#
            );
            if self.eerste_pagina {
                s += &format!(
                    r#"<Relationship Id="rIdKopEerste" Type="{soort}/header" Target="header2.xml"/>"#
                );
            }
        }
        s + "</Relationships>"
    }
}

const PAKKET_RELATIES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

const TOEPASSING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>visieleer</Application></Properties>"#;

/// The document properties: title, author (the facilitator), language and dates.
fn kenmerken(doc: &Document, aangemaakt: Datum) -> String {
    let mut titel = String::new();
    ontsnap(&mut titel, &zichtbaar(&doc.titel));
    let mut auteur = String::new();
    ontsnap(
        &mut auteur,
        &zichtbaar(doc.auteur.as_deref().unwrap_or(AUTEUR)),
    );
    format!(
        r#"{XML_KOP}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{titel}</dc:title><dc:creator>{auteur}</dc:creator><cp:lastModifiedBy>{auteur}</cp:lastModifiedBy><dc:language>nl-NL</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{aangemaakt}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{aangemaakt}T00:00:00Z</dcterms:modified></cp:coreProperties>"#
    )
}

/// The settings: update the fields on opening (the contents' page numbers, "pagina X van Y"),
/// Dutch as the language, the decimal comma, and Word 2013+ layout.
const INSTELLINGEN: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="nl-NL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>"#;

const LETTERTYPEN: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>"#;

/// The smallest theme the schema accepts: the house colours and Calibri. Word itself does
/// not need one, but the package format asks for it.
const THEMA: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Visieleer"><a:themeElements><a:clrScheme name="Visieleer"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1D3F66"/></a:dk2><a:lt2><a:srgbClr val="EEF2F7"/></a:lt2><a:accent1><a:srgbClr val="1D3F66"/></a:accent1><a:accent2><a:srgbClr val="BB2222"/></a:accent2><a:accent3><a:srgbClr val="4F7A28"/></a:accent3><a:accent4><a:srgbClr val="C98A1B"/></a:accent4><a:accent5><a:srgbClr val="5B6B7F"/></a:accent5><a:accent6><a:srgbClr val="8A4F9E"/></a:accent6><a:hlink><a:srgbClr val="1D5FA6"/></a:hlink><a:folHlink><a:srgbClr val="6B3F8C"/></a:folHlink></a:clrScheme><a:fontScheme name="Visieleer"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Visieleer"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#;

/// A paragraph style: id, name, next style, paragraph and run properties (already in schema
/// order).
struct Stijl {
    id: &'static str,
    naam: &'static str,
    volgende: bool,
    ppr: &'static str,
    rpr: &'static str,
}

/// The styles the document uses; the built-in ones with Word's own ids and names.
fn stijlen() -> String {
    let kop_ppr = |niveau| {
        format!(
            r#"<w:keepNext/><w:keepLines/><w:spacing w:before="{}" w:after="100"/><w:outlineLvl w:val="{niveau}"/>"#,
            [360, 280, 220][niveau]
        )
    };
    let koppen = [kop_ppr(0), kop_ppr(1), kop_ppr(2)];
    let stijlen = [
        Stijl {
            id: "Title",
            naam: "Title",
            volgende: true,
            ppr: r#"<w:keepNext/><w:spacing w:before="0" w:after="360" w:line="240" w:lineRule="auto"/>"#,
            rpr: r#"<w:b/><w:bCs/><w:color w:val="1D3F66"/><w:sz w:val="56"/><w:szCs w:val="56"/>"#,
        },
        Stijl {
            id: "Subtitle",
            naam: "Subtitle",
            volgende: true,
            ppr: r#"<w:keepNext/><w:spacing w:before="240" w:after="200" w:line="259" w:lineRule="auto"/>"#,
            rpr: r#"<w:color w:val="1D3F66"/><w:sz w:val="30"/><w:szCs w:val="30"/>"#,
        },
        Stijl {
            id: "Heading1",
            naam: "heading 1",
            volgende: true,
            ppr: "",
            rpr: r#"<w:b/><w:bCs/><w:color w:val="1D3F66"/><w:sz w:val="32"/><w:szCs w:val="32"/>"#,
        },
        Stijl {
            id: "Heading2",
            naam: "heading 2",
            volgende: true,
            ppr: "",
            rpr: r#"<w:b/><w:bCs/><w:color w:val="1D3F66"/><w:sz w:val="26"/><w:szCs w:val="26"/>"#,
        },
        Stijl {
            id: "Heading3",
            naam: "heading 3",
            volgende: true,
            ppr: "",
            rpr: r#"<w:b/><w:bCs/><w:color w:val="1D3F66"/><w:sz w:val="23"/><w:szCs w:val="23"/>"#,
        },
        Stijl {
            id: "Quote",
            naam: "Quote",
            volgende: true,
            ppr: r#"<w:keepLines/><w:spacing w:after="60"/><w:ind w:left="567" w:right="567"/>"#,
            rpr: r#"<w:i/><w:iCs/><w:color w:val="333333"/>"#,
        },
        Stijl {
            id: "Bron",
            naam: "Bron",
            volgende: true,
            ppr: r#"<w:keepLines/><w:spacing w:after="200"/><w:ind w:left="567"/>"#,
            rpr: r#"<w:color w:val="444444"/><w:sz w:val="19"/><w:szCs w:val="19"/>"#,
        },
        Stijl {
            id: "Caption",
            naam: "caption",
            volgende: true,
            ppr: r#"<w:spacing w:before="60" w:after="200"/>"#,
            rpr: r#"<w:i/><w:iCs/><w:color w:val="444444"/><w:sz w:val="18"/><w:szCs w:val="18"/>"#,
        },
        Stijl {
            id: "TOCHeading",
            naam: "TOC Heading",
            volgende: true,
            ppr: r#"<w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="200"/>"#,
            rpr: r#"<w:b/><w:bCs/><w:color w:val="1D3F66"/><w:sz w:val="32"/><w:szCs w:val="32"/>"#,
        },
        Stijl {
            id: "TOC1",
            naam: "toc 1",
            volgende: true,
            ppr: r#"<w:spacing w:before="60" w:after="60"/>"#,
            rpr: "",
        },
        Stijl {
            id: "TOC2",
            naam: "toc 2",
            volgende: true,
            ppr: r#"<w:spacing w:after="40"/><w:ind w:left="284"/>"#,
            rpr: "",
        },
        Stijl {
            id: "Kader",
            naam: "Kader",
            volgende: false,
            ppr: r#"<w:shd w:val="clear" w:color="auto" w:fill="F3F5F8"/><w:spacing w:before="120" w:after="120"/><w:ind w:left="284" w:right="284"/>"#,
            rpr: r#"<w:sz w:val="19"/><w:szCs w:val="19"/>"#,
        },
        Stijl {
            id: "ListParagraph",
            naam: "List Paragraph",
            volgende: false,
            ppr: r#"<w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>"#,
            rpr: "",
        },
        Stijl {
            id: "Tabel",
            naam: "Tabeltekst",
            volgende: false,
            ppr: r#"<w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/>"#,
            rpr: r#"<w:sz w:val="20"/><w:szCs w:val="20"/>"#,
        },
        Stijl {
            id: "Header",
            naam: "header",
            volgende: false,
            ppr: r#"<w:spacing w:after="0"/><w:jc w:val="center"/>"#,
            rpr: "",
        },
        Stijl {
            id: "Footer",
            naam: "footer",
            volgende: false,
            ppr: r#"<w:spacing w:after="0"/>"#,
            rpr: r#"<w:color w:val="555555"/><w:sz w:val="17"/><w:szCs w:val="17"/>"#,
        },
    ];
    let mut s = format!(
        r#"{XML_KOP}<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
    );
    for st in &stijlen {
        let ppr = match st.id {
            "Heading1" => koppen[0].as_str(),
            "Heading2" => koppen[1].as_str(),
            "Heading3" => koppen[2].as_str(),
            _ => st.ppr,
        };
        s += &format!(
            r#"<w:style w:type="paragraph" w:styleId="{}"><w:name w:val="{}"/><w:basedOn w:val="Normal"/>{}<w:qFormat/>"#,
            st.id,
            st.naam,
            if st.volgende {
                r#"<w:next w:val="Normal"/>"#
            } else {
                ""
            }
        );
        if !ppr.is_empty() {
            s += &format!("<w:pPr>{ppr}</w:pPr>");
        }
        if !st.rpr.is_empty() {
            s += &format!("<w:rPr>{}</w:rPr>", st.rpr);
        }
        s += "</w:style>";
    }
    s + "</w:styles>"
}

/// The stamp ("CONCEPT") as the page header, centred in red.
fn kop_met_stempel(stempel: &str) -> String {
    let mut tekst = String::new();
    ontsnap(&mut tekst, &zichtbaar(stempel));
    format!(
        r#"{XML_KOP}<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:color w:val="BB2222"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">{tekst}</w:t></w:r></w:p></w:hdr>"#
    )
}

/// The footer: the document's footer text, then "pagina X van Y" as fields Word keeps current.
fn voet(doc: &Document) -> String {
    let mut buf = Vec::new();
    let mut x = Xml::nieuw(&mut buf);
    x.ruw(&format!(r#"{XML_KOP}<w:ftr xmlns:w="{W}">"#));
    x.ruw(r#"<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>"#);
    if let Some(v) = &doc.voettekst {
        x.run(&format!("{v} — "), Opmaak::Gewoon);
    }
    x.run("pagina ", Opmaak::Gewoon);
    x.veld("PAGE", "1");
    x.run(" van ", Opmaak::Gewoon);
    x.veld("NUMPAGES", "1");
    x.ruw("</w:p></w:ftr>");
    // A Vec<u8> cannot fail to take bytes.
    let _ = x.klaar();
    String::from_utf8(buf).unwrap_or_default()
}

/// How a run of text looks.
#[derive(Clone, Copy, PartialEq)]
enum Opmaak {
    Gewoon,
    Vet,
    Cursief,
}

/// The properties of one paragraph, written in schema order.
#[derive(Clone, Copy)]
struct Alinea<'s> {
    stijl: &'s str,
    bij_volgende: bool,
    nieuwe_pagina: bool,
    /// Extra room above, in twentieths of a point (the cover).
    ruimte_boven: Option<u32>,
}

impl<'s> Alinea<'s> {
    fn stijl(stijl: &'s str) -> Alinea<'s> {
        Alinea {
            stijl,
            bij_volgende: false,
            nieuwe_pagina: false,
            ruimte_boven: None,
        }
    }

    fn bij_volgende(mut self, ja: bool) -> Alinea<'s> {
        self.bij_volgende = ja;
        self
    }
}

/// XML written into a buffer that goes to the zip in large pieces. A write error is kept and
/// returned by [`Xml::klaar`], so the writers below need not pass one along at every tag.
struct Xml<'w, U: Write> {
    buf: String,
    uit: &'w mut U,
    fout: Option<std::io::Error>,
}

impl<'w, U: Write> Xml<'w, U> {
    const STUK: usize = 1 << 16;

    fn nieuw(uit: &'w mut U) -> Xml<'w, U> {
        Xml {
            buf: String::with_capacity(Self::STUK + 4096),
            uit,
            fout: None,
        }
    }

    fn ruw(&mut self, s: &str) {
        self.buf.push_str(s);
    }

    /// Hands the buffer on once it is large; called between paragraphs.
    fn door(&mut self) {
        if self.buf.len() >= Self::STUK {
            self.leeg();
        }
    }

    fn leeg(&mut self) {
        if self.fout.is_none()
            && let Err(f) = self.uit.write_all(self.buf.as_bytes())
        {
            self.fout = Some(f);
        }
        self.buf.clear();
    }

    fn klaar(mut self) -> std::io::Result<()> {
        self.leeg();
        match self.fout.take() {
            Some(f) => Err(f),
            None => Ok(()),
        }
    }

    fn alinea_begin(&mut self, a: Alinea) {
        self.ruw("<w:p><w:pPr><w:pStyle w:val=\"");
        self.ruw(a.stijl);
        self.ruw("\"/>");
        if a.bij_volgende {
            self.ruw("<w:keepNext/>");
        }
        if a.nieuwe_pagina {
            self.ruw("<w:pageBreakBefore/>");
        }
        if let Some(r) = a.ruimte_boven {
            self.ruw(&format!("<w:spacing w:before=\"{r}\"/>"));
        }
        self.ruw("</w:pPr>");
    }

    fn alinea_eind(&mut self) {
        self.ruw("</w:p>");
        self.door();
    }

    /// A paragraph of one plain run.
    fn alinea(&mut self, a: Alinea, tekst: &str) {
        self.alinea_begin(a);
        self.run(tekst, Opmaak::Gewoon);
        self.alinea_eind();
    }

    /// A paragraph of a line with its marks.
    fn regel(&mut self, a: Alinea, r: &Regel) {
        self.alinea_begin(a);
        self.inlines(r);
        self.alinea_eind();
    }

    fn inlines(&mut self, r: &Regel) {
        for deel in r {
            match deel {
                Inline::Tekst(t) => self.run(t, Opmaak::Gewoon),
                Inline::Nadruk(t) => self.run(t, Opmaak::Cursief),
                Inline::Sterk(t) => self.run(t, Opmaak::Vet),
            }
        }
    }

    /// A run of text: the one way text enters the Word file, so every control or bidi
    /// character becomes U+FFFD here (Word refuses to open a file with a control character in
    /// its XML). A tab becomes a tab, a line end a line break.
    fn run(&mut self, tekst: &str, opmaak: Opmaak) {
        if tekst.is_empty() {
            return;
        }
        let tekst = zichtbaar(tekst);
        self.ruw(match opmaak {
            Opmaak::Gewoon => "<w:r>",
            Opmaak::Vet => "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>",
            Opmaak::Cursief => "<w:r><w:rPr><w:i/><w:iCs/></w:rPr>",
        });
        let mut rest: &str = &tekst;
        loop {
            let (stuk, scheiding) = match rest.find(['\t', '\n']) {
                Some(i) => (&rest[..i], Some(rest.as_bytes()[i])),
                None => (rest, None),
            };
            if !stuk.is_empty() {
                self.ruw("<w:t xml:space=\"preserve\">");
                ontsnap(&mut self.buf, stuk);
                self.ruw("</w:t>");
            }
            match scheiding {
                Some(b'\t') => self.ruw("<w:tab/>"),
                Some(_) => self.ruw("<w:br/>"),
                None => break,
            }
            rest = &rest[stuk.len() + 1..];
        }
        self.ruw("</w:r>");
    }

    /// A field (`PAGE`, `PAGEREF _Toc0 \h`) with its last known result, as Word writes it:
    /// each field part a run of its own (LibreOffice misreads a field whose parts share one).
    fn veld(&mut self, instructie: &str, resultaat: &str) {
        self.ruw(r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>"#);
        ontsnap(&mut self.buf, instructie);
        self.ruw(r#"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#);
        if !resultaat.is_empty() {
            self.run(resultaat, Opmaak::Gewoon);
        }
        self.ruw(r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#);
    }
}

/// Text as XML character data: `&`, `<` and `>` escaped, and U+FFFE and U+FFFF (which XML
/// does not allow) as U+FFFD. Control characters are gone before this (see [`Xml::run`]).
fn ontsnap(buf: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut begin = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (vervanging, lengte) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                ("\u{FFFD}", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        buf.push_str(&s[begin..i]);
        buf.push_str(vervanging);
        i += lengte;
        begin = i;
    }
    buf.push_str(&s[begin..]);
}

/// The body: cover or title, contents, the sections, and the page setup.
fn lichaam<U: Write>(doc: &Document, delen: &Delen, x: &mut Xml<U>) {
    x.ruw(&format!(
        r#"{XML_KOP}<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>"#
    ));
    let (papierbreedte, papierhoogte) = match doc.pagina {
        Pagina::A4Staand => (A4_KORT, A4_LANG),
        Pagina::A4Liggend => (A4_LANG, A4_KORT),
    };
    let tekstbreedte = papierbreedte - 2 * MARGE;
    // The page after the cover: the contents, or else the first section, starts a new page.
    let mut na_omslag = false;
    if let Some(o) = &doc.omslag {
        x.alinea(
            Alinea {
                ruimte_boven: Some(2400),
                ..Alinea::stijl("Subtitle")
            },
            &o.soort,
        );
        x.alinea(Alinea::stijl("Title"), &o.titel);
        if let Some(v) = &o.ondertitel {
            x.alinea_begin(Alinea::stijl("Subtitle"));
            x.run(v, Opmaak::Cursief);
            x.alinea_eind();
        }
        for (i, r) in o.regels.iter().enumerate() {
            let a = Alinea::stijl("Normal");
            let a = if i == 0 {
                Alinea {
                    ruimte_boven: Some(1440),
                    ..a
                }
            } else {
                a
            };
            x.alinea(a, r);
        }
        na_omslag = true;
    } else {
        x.alinea(Alinea::stijl("Title"), &doc.titel);
    }
    if doc.inhoud {
        x.alinea(
            Alinea {
                nieuwe_pagina: std::mem::take(&mut na_omslag),
                ..Alinea::stijl("TOCHeading")
            },
            "Inhoud",
        );
        inhoudsopgave(doc, tekstbreedte, x);
    }
    for (nr, sectie) in doc.secties.iter().enumerate() {
        let niveau = sectie.niveau.clamp(1, 3);
        let stijl = ["Heading1", "Heading2", "Heading3"][usize::from(niveau) - 1];
        x.alinea_begin(Alinea {
            nieuwe_pagina: sectie.nieuwe_pagina || std::mem::take(&mut na_omslag),
            ..Alinea::stijl(stijl)
        });
        // A bookmark per heading, for the contents' page references.
        x.ruw(&format!(
            r#"<w:bookmarkStart w:id="{}" w:name="_Toc{nr}"/>"#,
            nr + 1
        ));
        x.run(&sectie.titel, Opmaak::Gewoon);
        x.ruw(&format!(r#"<w:bookmarkEnd w:id="{}"/>"#, nr + 1));
        x.alinea_eind();
        for blok in &sectie.blokken {
            blok_naar(x, blok, tekstbreedte);
        }
    }
    if na_omslag {
        // A cover and nothing else: an empty page after it rather than nothing.
        x.alinea(
            Alinea {
                nieuwe_pagina: true,
                ..Alinea::stijl("Normal")
            },
            "",
        );
    }
    x.ruw("<w:sectPr>");
    if delen.stempel {
        x.ruw(r#"<w:headerReference w:type="default" r:id="rIdKop"/>"#);
        if delen.eerste_pagina {
            x.ruw(r#"<w:headerReference w:type="first" r:id="rIdKopEerste"/>"#);
        }
    }
    x.ruw(r#"<w:footerReference w:type="default" r:id="rIdVoet"/>"#);
    if delen.eerste_pagina {
        x.ruw(r#"<w:footerReference w:type="first" r:id="rIdVoetEerste"/>"#);
    }
    x.ruw(&format!(
        r#"<w:pgSz w:w="{papierbreedte}" w:h="{papierhoogte}"{}/><w:pgMar w:top="{MARGE}" w:right="{MARGE}" w:bottom="{MARGE}" w:left="{MARGE}" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/>"#,
        if doc.pagina == Pagina::A4Liggend {
            r#" w:orient="landscape""#
        } else {
            ""
        }
    ));
    if delen.eerste_pagina {
        x.ruw("<w:titlePg/>");
    }
    x.ruw(r#"<w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>"#);
}

/// A table-of-contents field over the headings of level 1 and 2, filled in with their titles
/// and a page reference to each heading's bookmark. The settings ask Word to update fields on
/// opening, so Word fills in the page numbers; LibreOffice shows the titles and fills them in
/// on "Inhoudsopgave bijwerken". A page number visieleer cannot know is left out rather than
/// guessed.
fn inhoudsopgave<U: Write>(doc: &Document, tekstbreedte: u32, x: &mut Xml<U>) {
    x.alinea_begin(Alinea::stijl("Normal"));
    x.ruw(r#"<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve">TOC \o "1-2" \h</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#);
    x.alinea_eind();
    for (nr, s) in doc
        .secties
        .iter()
        .enumerate()
        .filter(|(_, s)| s.niveau <= 2)
    {
        x.ruw(&format!(
            r#"<w:p><w:pPr><w:pStyle w:val="TOC{}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tekstbreedte}"/></w:tabs></w:pPr>"#,
            s.niveau
        ));
        x.run(&s.titel, Opmaak::Gewoon);
        x.ruw("<w:r><w:tab/></w:r>");
        x.veld(&format!(r"PAGEREF _Toc{nr} \h"), "");
        x.alinea_eind();
    }
    x.ruw(r#"<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#);
}

/// The cell margins of a table, left plus right, in twentieths of a point (Word's default
/// 0.19 cm a side), with a little room to spare.
const CELMARGE: u32 = 2 * 108 + 60;

/// The longest word that is kept whole, in twentieths of a point: an ordinary Dutch word
/// ("klantcontactcentrum", "ervaringsdeskundigen") fits many times over; a URL or a string of
/// forty letters may still break rather than push the other columns off the page.
const LANGSTE_WOORD: u32 = 3600;

/// The width of a text in table type (10 pt), in twentieths of a point, measured generously:
/// per character the advance of DejaVu Sans, the widest font LibreOffice falls back on when
/// Calibri is missing, so a width that holds a word there holds it in Calibri too.
fn tekstbreedte(tekst: &str, vet: bool) -> u32 {
    let em: f32 = tekst
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '\'' | '|' | '!' => 0.29,
            'f' | 't' | 'r' | ' ' | '\u{a0}' | '.' | ',' | ':' | ';' | '(' | ')' | '-' | '·' => {
                0.40
            }
            'm' | 'w' => 0.98,
            'M' | 'W' => 0.90,
            'a'..='z' => 0.63,
            'A'..='Z' => 0.74,
            '0'..='9' => 0.64,
            _ => 0.75,
        })
        .sum();
    let em = if vet { em * 1.12 } else { em };
    // 10 pt is 200 twentieths of a point.
    (em * 200.0).ceil() as u32
}

/// The widths of a table's columns over the text width. Each column gets at least its
/// longest word (so no ordinary word breaks mid-word, as "klantcontactcen|trum" did) and at
/// most its longest line; the room between goes to the columns that want more, in
/// proportion, and what is left over beyond every longest line is shared by all.
fn kolombreedtes(kop: &[String], rijen: &[Vec<String>], tekstbreedte_totaal: u32) -> Vec<u32> {
    let n = kop.len().max(1);
    let mut minst = vec![0u32; n];
    let mut wens = vec![0u32; n];
    let cellen = std::iter::once((kop, true)).chain(rijen.iter().map(|r| (r.as_slice(), false)));
    for (rij, vet) in cellen {
        for (k, cel) in rij.iter().enumerate().take(n) {
            for regel in cel.lines() {
                wens[k] = wens[k].max(tekstbreedte(regel, vet));
                // A no-break space (in a date: "19\u{a0}februari\u{a0}2024") holds its words together.
                for woord in regel
                    .split(|c: char| c.is_whitespace() && c != '\u{a0}')
                    .filter(|w| !w.is_empty())
                {
                    minst[k] = minst[k].max(tekstbreedte(woord, vet).min(LANGSTE_WOORD));
                }
            }
        }
    }
    let minst: Vec<u32> = minst.iter().map(|m| m + CELMARGE).collect();
    let wens: Vec<u32> = wens
        .iter()
        .zip(&minst)
        .map(|(w, m)| (w + CELMARGE).max(*m))
        .collect();
    let totaal = tekstbreedte_totaal;
    let som_minst: u32 = minst.iter().sum();
    let mut breedtes: Vec<u32> = if som_minst >= totaal {
        // Not even the longest words fit: share the width in their proportion.
        minst
            .iter()
            .map(|m| (u64::from(*m) * u64::from(totaal) / u64::from(som_minst)) as u32)
            .collect()
    } else {
        let ruimte = totaal - som_minst;
        let tekort: u32 = wens.iter().zip(&minst).map(|(w, m)| w - m).sum();
        if tekort > ruimte {
            minst
                .iter()
                .zip(&wens)
                .map(|(m, w)| m + (u64::from(w - m) * u64::from(ruimte) / u64::from(tekort)) as u32)
                .collect()
        } else {
            let over = ruimte - tekort;
            let som_wens: u32 = wens.iter().sum::<u32>().max(1);
            wens.iter()
                .map(|w| w + (u64::from(*w) * u64::from(over) / u64::from(som_wens)) as u32)
                .collect()
        }
    };
    // What rounding left goes to the widest column, so the table spans the text width.
    let som: u32 = breedtes.iter().sum();
    if let Some(breedste) = (0..n).max_by_key(|&k| (breedtes[k], std::cmp::Reverse(k))) {
        breedtes[breedste] += totaal.saturating_sub(som);
    }
    breedtes
}

/// A table over the text width: a shaded header row that repeats on every page, rows that
/// never split over a page, fixed column widths (see [`kolombreedtes`]). With `bijeen` every
/// row is kept with the next and the table with what follows (a figure and its caption).
fn tabel<U: Write>(
    x: &mut Xml<U>,
    kop: &[String],
    rijen: &[Vec<String>],
    tekstbreedte: u32,
    bijeen: bool,
) {
    let breedtes = kolombreedtes(kop, rijen, tekstbreedte);
    x.ruw(&format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="{tekstbreedte}" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="9AA8BA"/><w:left w:val="single" w:sz="4" w:space="0" w:color="9AA8BA"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="9AA8BA"/><w:right w:val="single" w:sz="4" w:space="0" w:color="9AA8BA"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="9AA8BA"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="9AA8BA"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
    ));
    for b in &breedtes {
        x.ruw(&format!(r#"<w:gridCol w:w="{b}"/>"#));
    }
    x.ruw("</w:tblGrid>");
    let rij = |x: &mut Xml<U>, cellen: &[String], is_kop: bool| {
        x.ruw("<w:tr><w:trPr><w:cantSplit/>");
        if is_kop {
            x.ruw("<w:tblHeader/>");
        }
        x.ruw("</w:trPr>");
        // A short row gets empty cells: Word wants as many cells as the grid has columns.
        for (k, b) in breedtes.iter().enumerate() {
            x.ruw(&format!(r#"<w:tc><w:tcPr><w:tcW w:w="{b}" w:type="dxa"/>"#));
            if is_kop {
                x.ruw(r#"<w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/>"#);
            }
            x.ruw("</w:tcPr>");
            // The header is kept with the first row, as every row in a table kept together.
            x.alinea_begin(Alinea::stijl("Tabel").bij_volgende(is_kop || bijeen));
            if let Some(c) = cellen.get(k) {
                x.run(c, if is_kop { Opmaak::Vet } else { Opmaak::Gewoon });
            }
            x.ruw("</w:p></w:tc>");
        }
        x.ruw("</w:tr>");
        x.door();
    };
    // A table of label and value (the factsheet) has an empty header: Word gets no header row.
    if kop.iter().any(|k| !k.trim().is_empty()) {
        rij(x, kop, true);
    }
    for r in rijen {
        rij(x, r, false);
    }
    x.ruw("</w:tbl>");
}

fn blok_naar<U: Write>(x: &mut Xml<U>, blok: &Blok, tekstbreedte: u32) {
    match blok {
        // A paragraph that is only a strong label ("De afspraken") introduces what follows.
        Blok::Alinea(r) => x.regel(
            Alinea::stijl("Normal")
                .bij_volgende(!r.is_empty() && r.iter().all(|i| matches!(i, Inline::Sterk(_)))),
            r,
        ),
        Blok::Citaat {
            tekst,
            toeschrijving,
            id,
        } => {
            // Each paragraph of the quote in the Quote style, kept with the next, so the quote
            // and its attribution stay on one page where they fit.
            for a in alineas(tekst) {
                x.alinea(Alinea::stijl("Quote").bij_volgende(true), &a.join(" "));
            }
            x.alinea(
                Alinea::stijl("Bron"),
                &format!("— {}", bronregel(toeschrijving, id.as_deref())),
            );
        }
        Blok::Tabel { intro, kop, rijen } => {
            if let Some(i) = intro {
                x.regel(Alinea::stijl("Normal").bij_volgende(true), i);
            }
            tabel(x, kop, rijen, tekstbreedte, false);
            x.alinea(Alinea::stijl("Normal"), "");
        }
        Blok::Lijst { genummerd, items } => {
            for (nr, item) in items.iter().enumerate() {
                let teken = if *genummerd {
                    format!("{}.\t", nr + 1)
                } else {
                    "•\t".to_string()
                };
                x.alinea_begin(Alinea::stijl("ListParagraph"));
                x.run(&teken, Opmaak::Gewoon);
                x.inlines(item);
                x.alinea_eind();
            }
        }
        Blok::Definities(paren) => {
            for (term, uitleg) in paren {
                x.alinea_begin(Alinea::stijl("Normal"));
                x.run(&format!("{term}: "), Opmaak::Vet);
                x.inlines(uitleg);
                x.alinea_eind();
            }
        }
        Blok::Figuur {
            onderschrift,
            tabel: als_tabel,
            ..
        } => {
            if let Some((kop, rijen)) = als_tabel {
                tabel(x, kop, rijen, tekstbreedte, true);
            }
            x.alinea(Alinea::stijl("Caption"), &format!("Figuur: {onderschrift}"));
        }
        Blok::Kader(r) => x.regel(Alinea::stijl("Kader"), r),
        // Word has no cut sheet: each card as its name, the quote, who said it and its themes.
        Blok::Kaarten(kaarten) => {
            for kaart in kaarten {
                x.alinea_begin(Alinea::stijl("Normal").bij_volgende(true));
                x.run(&format!("{} · {}", kaart.kop, kaart.herkomst), Opmaak::Vet);
                x.alinea_eind();
                for a in alineas(&kaart.tekst) {
                    x.alinea(Alinea::stijl("Quote").bij_volgende(true), &a.join(" "));
                }
                x.alinea(Alinea::stijl("Bron"), &format!("— {}", kaart.bron));
                if !kaart.themas.is_empty() {
                    x.alinea(Alinea::stijl("Normal"), &kaart.themas.join(" · "));
                }
            }
        }
        // The drawing's column holds each row's text, as in markdown.
        Blok::Tijdbalken {
            kop, kolom, rijen, ..
        } => {
            let rijen: Vec<Vec<String>> = rijen
                .iter()
                .map(|r| {
                    let mut cellen = r.cellen.clone();
                    cellen.insert((*kolom).min(cellen.len()), r.tekst.clone());
                    cellen
                })
                .collect();
            tabel(x, kop, &rijen, tekstbreedte, false);
            x.alinea(Alinea::stijl("Normal"), "");
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn geen_stuurteken_in_word() {
        let doc = super::super::met_stuurtekens();
        let bytes = super::render(&doc, "2024-04-15".parse().unwrap()).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut tekst = String::new();
        for i in 0..zip.len() {
            let mut deel = String::new();
            zip.by_index(i).unwrap().read_to_string(&mut deel).unwrap();
            // XML may also write a character as a reference: &#27; is as bad as ESC itself.
            assert!(
                !deel.chars().any(crate::model::teken::is_stuurteken),
                "{deel:?}"
            );
            assert!(
                !deel.contains("&#x1b;") && !deel.contains("&#27;"),
                "{deel}"
            );
            tekst.push_str(&deel);
        }
        assert!(tekst.contains('\u{FFFD}') && tekst.contains("citaat"));
    }

    #[test]
    fn ontsnappen() {
        let mut s = String::new();
        ontsnap(&mut s, "a<b>&c\u{FFFE}d\u{FFFF}é\u{FFFD}");
        assert_eq!(s, "a&lt;b&gt;&amp;c\u{FFFD}d\u{FFFD}é\u{FFFD}");
    }

    #[test]
    fn kolommen_breken_geen_gewoon_woord() {
        let kop = vec!["Rol".to_string(), "Afdeling".to_string(), "Wat".to_string()];
        let rijen = vec![vec![
            "medewerker".to_string(),
            "klantcontactcentrum".to_string(),
            "Een lange zin die best mag afbreken want het is een zin met veel woorden erin, \
             en nog meer woorden, tot hij vanzelf over meerdere regels moet lopen."
                .to_string(),
        ]];
        let b = kolombreedtes(&kop, &rijen, 9866);
        assert_eq!(b.iter().sum::<u32>(), 9866);
        assert!(
            b[1] >= tekstbreedte("klantcontactcentrum", false) + 2 * 108,
            "{b:?}"
        );
        assert!(b[0] >= tekstbreedte("medewerker", false) + 2 * 108, "{b:?}");
        // The long text takes the rest.
        assert!(b[2] > b[0] && b[2] > b[1], "{b:?}");
    }
}
